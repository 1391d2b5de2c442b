-- The reporting record (issue 23 #2): what HR records that the system cannot know, as data.
ALTER TABLE accommodation_request ADD COLUMN effective_on DATE;
ALTER TABLE accommodation_request ADD COLUMN medical_info_requested BOOLEAN;
ALTER TABLE accommodation_request ADD COLUMN medical_info_reason VARCHAR(48);
ALTER TABLE accommodation_request ADD COLUMN cost_cents BIGINT;

-- The sources of technical assistance consulted: codes of that reason list.
CREATE TABLE request_assistance (
    request_id   BIGINT      NOT NULL REFERENCES accommodation_request (id),
    source_code  VARCHAR(48) NOT NULL,
    PRIMARY KEY (request_id, source_code)
);

INSERT INTO listed_reason (code, list_name, name, name_es, acceptable, position) VALUES
  ('NOT_OBVIOUS', 'MEDICAL_INFORMATION', 'The condition or the need for the arrangement is not obvious',
   'La condición o la necesidad del ajuste no es evidente', TRUE, 1),
  ('INSUFFICIENT', 'MEDICAL_INFORMATION', 'The information given was not enough to decide',
   'La información aportada no bastaba para decidir', TRUE, 2),
  ('HOUSEHOLD_RISK', 'MEDICAL_INFORMATION', 'To confirm the household member''s high-risk condition',
   'Para confirmar la condición de alto riesgo del familiar conviviente', TRUE, 3),
  ('JAN', 'ASSISTANCE', 'Job Accommodation Network (JAN)', 'Job Accommodation Network (JAN)', TRUE, 1),
  ('HEALTH_PROVIDER', 'ASSISTANCE', 'The employee''s health provider',
   'El proveedor de salud del empleado', TRUE, 2),
  ('OCCUPATIONAL_HEALTH', 'ASSISTANCE', 'Occupational health or the district''s medical adviser',
   'Salud laboral o el asesor médico del distrito', TRUE, 3),
  ('OTHER_SOURCE', 'ASSISTANCE', 'Other', 'Otra', TRUE, 4);
