-- reporting (issue 8): the read side's own settings, and indexes its aggregations need on the tables of the
-- other modules. Reporting reads those tables and never writes them.

-- The budget norm per asielmigrant per PIP year (Wet inburgering 2021: the Rijk finances the leerroute of each
-- asielmigrant with a fixed amount). No row for a year: the default of RapportageSettings (EUR 10,000).
create table rapportage_budgetnorm (
    jaar           integer                  not null primary key,
    bedrag         numeric(19, 2)           not null,
    gewijzigd_door varchar(100)             not null,
    gewijzigd_op   timestamp with time zone not null,
    constraint ck_rapportage_budgetnorm_jaar check (jaar between 2000 and 2100),
    constraint ck_rapportage_budgetnorm_bedrag check (bedrag >= 0)
);

-- The route mix of the forecast per year, in percent of the inflow; no row: 20 / 60 / 20.
create table rapportage_routemix (
    jaar           integer                  not null primary key,
    onderwijsroute numeric(5, 2)            not null,
    b1_route       numeric(5, 2)            not null,
    z_route        numeric(5, 2)            not null,
    gewijzigd_door varchar(100)             not null,
    gewijzigd_op   timestamp with time zone not null,
    constraint ck_rapportage_routemix_jaar check (jaar between 2000 and 2100),
    constraint ck_rapportage_routemix_bereik check (onderwijsroute >= 0 and b1_route >= 0 and z_route >= 0),
    constraint ck_rapportage_routemix_som check (onderwijsroute + b1_route + z_route = 100)
);

-- The expected inflow (new inburgeraars charged to the gemeente) per gemeente and year; no row: the number of
-- the gemeente's non-zelfbetaler inburgeraars with a PIP in the twelve months before the reference date.
create table rapportage_instroom (
    jaar           integer                  not null,
    gemeente_id    bigint                   not null references gemeente (id),
    aantal         integer                  not null,
    gewijzigd_door varchar(100)             not null,
    gewijzigd_op   timestamp with time zone not null,
    constraint pk_rapportage_instroom primary key (jaar, gemeente_id),
    constraint ck_rapportage_instroom_jaar check (jaar between 2000 and 2100),
    constraint ck_rapportage_instroom_aantal check (aantal between 0 and 1000000)
);

-- Attendance per gemeente and month: the gemeente's placements (ix_plaatsing_gemeente), then their records of
-- the year. Covering, so the dashboard reads the index only and not the 2.5 million rows of the table.
create index ix_presentie_rapportage on presentie (plaatsing_id, datum)
    include (geroosterde_uren, aanwezige_uren, verzuimreden);
