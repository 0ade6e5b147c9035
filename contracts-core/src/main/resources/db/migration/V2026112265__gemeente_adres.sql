-- What the UBL invoice of a statement (verrekenstaat) needs of the gemeenten (issue 7; SI-UBL 2.0 / NLCIUS):
-- the postal address of seller and buyer (BR-08, BR-10; street, city and post code for Dutch parties:
-- BR-NL-3, BR-NL-4) and, of the lead municipality that charges, the account to pay to (BR-NL-11, BR-61) and
-- its VAT identifier (BR-S-02, BR-E-02). All optional: the UBL export refuses while what it needs is missing.
alter table gemeente add column straat varchar(100);
alter table gemeente add column postcode varchar(7);
alter table gemeente add column plaats varchar(80);
alter table gemeente add column iban varchar(34);
alter table gemeente add column btw_nummer varchar(14);

alter table gemeente add constraint ck_gemeente_adres
    check ((straat is null) = (postcode is null) and (straat is null) = (plaats is null));
alter table gemeente add constraint ck_gemeente_postcode
    check (postcode is null or postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$');
alter table gemeente add constraint ck_gemeente_btw_nummer
    check (btw_nummer is null or btw_nummer ~ '^NL[0-9]{9}B[0-9]{2}$');
