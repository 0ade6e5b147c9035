-- Tariffs per component (issue 4: a tendered lot may price several items, e.g. "Taal per uur" and "KNM per uur"):
-- a PER_UUR tariff may name the component (onderdeel) whose hours it prices; without one it prices every
-- component that has no rate of its own. One version per valid-from date and component.
alter table tarief add column onderdeel varchar(20);
alter table tarief add constraint ck_tarief_onderdeel check (onderdeel is null
    or (onderdeel in ('TAAL', 'KNM', 'MAP', 'PARTICIPATIE') and betaalmodel = 'PER_UUR'));
alter table tarief drop constraint uk_tarief_contract_vanaf;
create unique index ux_tarief_contract_vanaf_onderdeel on tarief (contract_id, geldig_vanaf, coalesce(onderdeel, ''));

-- an invoice line's product names the component when its rate is a component's
alter table factuurregel add column onderdeel varchar(20);
alter table factuurregel add constraint ck_factuurregel_onderdeel check (onderdeel is null
    or (onderdeel in ('TAAL', 'KNM', 'MAP', 'PARTICIPATIE') and betaalmodel = 'PER_UUR'));
