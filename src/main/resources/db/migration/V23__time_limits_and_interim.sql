-- Time limits beyond the decision date and interim arrangements (issue 23 #3, #5).

-- Reasons kept as reference data beside the denial reasons: lists of codes with English and
-- Spanish names (the first list: why a decision is late; a delay of the decider's own making is
-- not an acceptable reason). Codes are unique across the lists.
CREATE TABLE listed_reason (
    code        VARCHAR(48)  PRIMARY KEY,
    list_name   VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    name_es     VARCHAR(200),
    active      BOOLEAN      DEFAULT TRUE NOT NULL,
    acceptable  BOOLEAN      DEFAULT TRUE NOT NULL,
    position    INTEGER      NOT NULL,
    version     BIGINT       DEFAULT 0 NOT NULL
);

INSERT INTO listed_reason (code, list_name, name, name_es, acceptable, position) VALUES
  ('AWAITING_MEDICAL', 'DELAY', 'Waiting for medical documentation from the employee''s provider',
   'En espera de documentación médica del proveedor de salud del empleado', TRUE, 1),
  ('TECHNICAL_ASSISTANCE', 'DELAY', 'Consulting technical assistance (e.g. the Job Accommodation Network)',
   'Consulta de asistencia técnica (p. ej. la Job Accommodation Network)', TRUE, 2),
  ('EQUIPMENT', 'DELAY', 'Arranging equipment or services the arrangement needs',
   'Gestión del equipo o los servicios que requiere el ajuste', TRUE, 3),
  ('EMPLOYEE_UNAVAILABLE', 'DELAY', 'The employee asked for more time or was unavailable',
   'El empleado pidió más tiempo o no estuvo disponible', TRUE, 4),
  ('REVIEWER_WORKLOAD', 'DELAY', 'Reviewer workload or absence',
   'Carga de trabajo o ausencia del revisor', FALSE, 5);

-- The hard limit of the running decision clock, and whether its delay was noticed.
ALTER TABLE accommodation_request ADD COLUMN hard_limit DATE;
ALTER TABLE accommodation_request ADD COLUMN delay_noticed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE accommodation_request ADD COLUMN delay_reason VARCHAR(48);
ALTER TABLE accommodation_request ADD COLUMN delay_expected_by DATE;
-- every request's clocks are worked out again in the background (clock_set false): the open ones'
-- hard limit, and each decision's timing against it
UPDATE accommodation_request SET clock_set = FALSE;

-- Each decision: within the hard limit, and the delay reason it came with.
ALTER TABLE request_decision ADD COLUMN within_hard_limit BOOLEAN;
ALTER TABLE request_decision ADD COLUMN delay_reason VARCHAR(48);

-- The interim arrangement (the latest one; the days of earlier ones added up).
ALTER TABLE accommodation_request ADD COLUMN interim_type VARCHAR(32);
ALTER TABLE accommodation_request ADD COLUMN interim_days INTEGER;
ALTER TABLE accommodation_request ADD COLUMN interim_description VARCHAR(2000);
ALTER TABLE accommodation_request ADD COLUMN interim_from DATE;
ALTER TABLE accommodation_request ADD COLUMN interim_until DATE;
ALTER TABLE accommodation_request ADD COLUMN interim_ended_on DATE;
ALTER TABLE accommodation_request ADD COLUMN interim_days_before INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX ix_request_interim_until ON accommodation_request (interim_until);
CREATE INDEX ix_request_hard_limit ON accommodation_request (hard_limit);

-- History entries name a code and a date as data (a delay's reason and expected day; an interim
-- arrangement's type and last day).
ALTER TABLE request_history ADD COLUMN detail_code VARCHAR(48);
ALTER TABLE request_history ADD COLUMN detail_date DATE;

-- Letters other than a decision's: the notice of a delay, an interim arrangement.
ALTER TABLE decision_letter ADD COLUMN kind VARCHAR(16) DEFAULT 'DECISION' NOT NULL;
ALTER TABLE decision_letter ALTER COLUMN decision_id DROP NOT NULL;
