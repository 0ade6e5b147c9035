-- The lines' secondary indexes cover the approved lines only. Every query that looks lines up by placement or
-- by gemeente asks for approved lines (the reports: costs per gemeente, committed costs per placement); the
-- settlement run writes a month's lines as OPEN, so its tens of thousands of inserts no longer maintain these two
-- indexes (measured on 20,000 lines: about 40 ms each, of a ~150 ms insert; bench/SettlementBench.java). A line
-- enters them when the contract manager approves its invoice (one update per invoice).
drop index ix_factuurregel_plaatsing;
drop index ix_factuurregel_gemeente;
create index ix_factuurregel_plaatsing on factuurregel (plaatsing_id, periode) where beoordeling = 'GOEDGEKEURD';
create index ix_factuurregel_gemeente on factuurregel (gemeente_id, periode) where beoordeling = 'GOEDGEKEURD';
