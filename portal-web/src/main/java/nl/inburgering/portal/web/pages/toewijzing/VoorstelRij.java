package nl.inburgering.portal.web.pages.toewijzing;

import java.io.Serializable;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.placement.Toewijzingsvoorstel;

/**
 * One line of the proposal on the workbench: the referral, the proposed contract with its explanation,
 * and the contract the contract manager chose (as proposed, or changed); after a refused confirmation
 * the reason this line was refused.
 */
public class VoorstelRij implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long plaatsingId;
    private final long inburgeraarId;
    private final String inburgeraarNaam;
    private final long gemeenteId;
    private final LocalDate aangemeldOp;
    private final Long voorgesteldContractId;
    private final String uitleg;
    private Long contractId;
    private String fout;

    VoorstelRij(Toewijzingsvoorstel.Regel r) {
        plaatsingId = r.plaatsingId();
        inburgeraarId = r.inburgeraarId();
        inburgeraarNaam = r.inburgeraarNaam();
        gemeenteId = r.gemeenteId();
        aangemeldOp = r.aangemeldOp();
        voorgesteldContractId = r.contractId();
        uitleg = r.uitleg();
        contractId = r.contractId();
    }

    /** Whether the contract manager chose another contract than proposed. */
    public boolean isGewijzigd() {
        return contractId == null ? voorgesteldContractId != null : !contractId.equals(voorgesteldContractId);
    }

    public long getPlaatsingId() {
        return plaatsingId;
    }

    public long getInburgeraarId() {
        return inburgeraarId;
    }

    public String getInburgeraarNaam() {
        return inburgeraarNaam;
    }

    public long getGemeenteId() {
        return gemeenteId;
    }

    public LocalDate getAangemeldOp() {
        return aangemeldOp;
    }

    public Long getVoorgesteldContractId() {
        return voorgesteldContractId;
    }

    public String getUitleg() {
        return uitleg;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public String getFout() {
        return fout;
    }

    void setFout(String fout) {
        this.fout = fout;
    }
}
