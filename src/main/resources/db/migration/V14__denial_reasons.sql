-- Denial reasons become reference data kept by administrators (issue 10): an organisation names its
-- own, in English and Spanish, and retires those it no longer uses (decisions keep their code).
CREATE TABLE denial_reason (
    code     VARCHAR(48)  PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    name_es  VARCHAR(200),
    active   BOOLEAN      DEFAULT TRUE NOT NULL,
    position INTEGER      NOT NULL,
    version  BIGINT       DEFAULT 0 NOT NULL
);

INSERT INTO denial_reason (code, name, name_es, position) VALUES
    ('INSUFFICIENT_DOCUMENTATION', 'Insufficient documentation', 'Documentación insuficiente', 1),
    ('ESSENTIAL_FUNCTIONS_REQUIRE_PRESENCE', 'Essential functions require presence',
     'Las funciones esenciales requieren presencia', 2),
    ('UNDUE_HARDSHIP', 'Undue hardship', 'Carga excesiva', 3),
    ('NOT_ELIGIBLE_UNDER_POLICY', 'Not eligible under policy',
     'No cumple los requisitos de la política', 4),
    ('OTHER', 'Other', 'Otro', 5);
