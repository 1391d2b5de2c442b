-- Reference data kept by administrators (issue 10): job class names in Spanish, the reviewers who
-- serve a work location (need-to-know), and settings changed at run time (the union's minimum cell
-- size). Location names are proper names and have one spelling.
ALTER TABLE job_class ADD COLUMN name_es VARCHAR(200);

CREATE TABLE reviewer_location (
    location_code VARCHAR(40) NOT NULL REFERENCES work_location (code),
    username      VARCHAR(64) NOT NULL REFERENCES user_account (username),
    PRIMARY KEY (location_code, username)
);
CREATE INDEX reviewer_location_username ON reviewer_location (username);

ALTER TABLE work_location ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE job_class ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE app_setting (
    name    VARCHAR(64)  PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL,
    version BIGINT       DEFAULT 0 NOT NULL
);

-- Databases seeded with the demo data before this version: its job classes in Spanish.
UPDATE job_class SET name_es = 'Docente de aula' WHERE code = 'TEACHER' AND name = 'Classroom teacher';
UPDATE job_class SET name_es = 'Paraprofesional' WHERE code = 'PARA' AND name = 'Paraprofessional';
UPDATE job_class SET name_es = 'Personal clínico' WHERE code = 'CLINICIAN' AND name = 'Clinician';
UPDATE job_class SET name_es = 'Secretaría escolar' WHERE code = 'CLERK' AND name = 'School clerk';
