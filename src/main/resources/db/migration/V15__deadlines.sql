-- Deadlines (issue 9): the clocks of a request, worked out from its history under the business
-- calendar and kept here so that the queue can sort and filter on them; the timing of each decision
-- against its clock (for on-time statistics); and the holidays of the business calendar, which
-- administrators keep (United States federal holidays, as observed, shipped as the default).
ALTER TABLE accommodation_request ADD COLUMN first_action_due DATE;
ALTER TABLE accommodation_request ADD COLUMN decision_due DATE;
ALTER TABLE accommodation_request ADD COLUMN answer_by DATE;
ALTER TABLE accommodation_request ADD COLUMN clock_paused BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE accommodation_request ADD COLUMN hr_due DATE;
-- the clocks of requests filed before this version are set at start-up (ClockMaintenance)
ALTER TABLE accommodation_request ADD COLUMN clock_set BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX request_hr_due ON accommodation_request (hr_due);

ALTER TABLE request_decision ADD COLUMN due_date DATE;
ALTER TABLE request_decision ADD COLUMN business_days INTEGER;
ALTER TABLE request_decision ADD COLUMN on_time BOOLEAN;

CREATE TABLE holiday (
    holiday_date DATE     PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    name_es  VARCHAR(200),
    version  BIGINT       DEFAULT 0 NOT NULL
);

INSERT INTO holiday (holiday_date, name, name_es) VALUES
    (DATE '2026-01-01', 'New Year''s Day', 'Año Nuevo'),
    (DATE '2026-01-19', 'Martin Luther King Jr. Day', 'Día de Martin Luther King Jr.'),
    (DATE '2026-02-16', 'Presidents'' Day', 'Día de los Presidentes'),
    (DATE '2026-05-25', 'Memorial Day', 'Día de los Caídos'),
    (DATE '2026-06-19', 'Juneteenth', 'Juneteenth (Día de la Emancipación)'),
    (DATE '2026-07-03', 'Independence Day', 'Día de la Independencia'),
    (DATE '2026-09-07', 'Labor Day', 'Día del Trabajo'),
    (DATE '2026-10-12', 'Indigenous Peoples'' Day', 'Día de los Pueblos Indígenas'),
    (DATE '2026-11-11', 'Veterans Day', 'Día de los Veteranos'),
    (DATE '2026-11-26', 'Thanksgiving Day', 'Día de Acción de Gracias'),
    (DATE '2026-12-25', 'Christmas Day', 'Navidad'),
    (DATE '2027-01-01', 'New Year''s Day', 'Año Nuevo'),
    (DATE '2027-01-18', 'Martin Luther King Jr. Day', 'Día de Martin Luther King Jr.'),
    (DATE '2027-02-15', 'Presidents'' Day', 'Día de los Presidentes'),
    (DATE '2027-05-31', 'Memorial Day', 'Día de los Caídos'),
    (DATE '2027-06-18', 'Juneteenth', 'Juneteenth (Día de la Emancipación)'),
    (DATE '2027-07-05', 'Independence Day', 'Día de la Independencia'),
    (DATE '2027-09-06', 'Labor Day', 'Día del Trabajo'),
    (DATE '2027-10-11', 'Indigenous Peoples'' Day', 'Día de los Pueblos Indígenas'),
    (DATE '2027-11-11', 'Veterans Day', 'Día de los Veteranos'),
    (DATE '2027-11-25', 'Thanksgiving Day', 'Día de Acción de Gracias'),
    (DATE '2027-12-24', 'Christmas Day', 'Navidad'),
    (DATE '2027-12-31', 'New Year''s Day', 'Año Nuevo'),
    (DATE '2028-01-17', 'Martin Luther King Jr. Day', 'Día de Martin Luther King Jr.'),
    (DATE '2028-02-21', 'Presidents'' Day', 'Día de los Presidentes'),
    (DATE '2028-05-29', 'Memorial Day', 'Día de los Caídos'),
    (DATE '2028-06-19', 'Juneteenth', 'Juneteenth (Día de la Emancipación)'),
    (DATE '2028-07-04', 'Independence Day', 'Día de la Independencia'),
    (DATE '2028-09-04', 'Labor Day', 'Día del Trabajo'),
    (DATE '2028-10-09', 'Indigenous Peoples'' Day', 'Día de los Pueblos Indígenas'),
    (DATE '2028-11-10', 'Veterans Day', 'Día de los Veteranos'),
    (DATE '2028-11-23', 'Thanksgiving Day', 'Día de Acción de Gracias'),
    (DATE '2028-12-25', 'Christmas Day', 'Navidad');

-- The statistics gain first decisions on time or late, and their business days: cubes built again.
UPDATE stats_cube_state SET complete_before = 0 WHERE id = 1;
