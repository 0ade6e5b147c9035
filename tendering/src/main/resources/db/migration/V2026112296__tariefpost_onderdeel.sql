-- tendering: a lot may price each course component separately (issue 4). A tariff item optionally names
-- the component it prices; it becomes the component of the winner's hourly contract rate. Null prices
-- every component, as before. Within a lot a component is priced at most once (enforced here as well).

alter table perceel_tariefpost
    add column onderdeel varchar(20);

alter table perceel_tariefpost
    add constraint ck_perceel_tariefpost_onderdeel
        check (onderdeel is null or onderdeel in ('TAAL', 'KNM', 'MAP', 'PARTICIPATIE'));

create unique index ux_perceel_tariefpost_onderdeel on perceel_tariefpost (perceel_id, onderdeel)
    where onderdeel is not null;
