-- tendering: extending a published tender's bid deadline (issue 4). The deadline as first published,
-- when it was last extended and why; the reason is shown with the notice. All three are set by the
-- first extension and stay set.

alter table aanbesteding
    add column oorspronkelijke_sluitingstijd timestamp with time zone,
    add column sluitingstijd_verlengd_op     timestamp with time zone,
    add column verlengingsreden              varchar(1000);

alter table aanbesteding
    add constraint ck_aanbesteding_verlengd check (
        (sluitingstijd_verlengd_op is null) = (oorspronkelijke_sluitingstijd is null)
        and (sluitingstijd_verlengd_op is null) = (verlengingsreden is null)
        and (oorspronkelijke_sluitingstijd is null or oorspronkelijke_sluitingstijd < sluitingstijd));
