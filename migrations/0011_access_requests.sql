-- Access requests: the yearly counter behind reference numbers, and the Cabinet's transferred
-- working days and one-off holidays that the public-holiday rules (date-holidays, LV) lack.

-- 'PP-2026-000042': one row per year, taken with an upsert, so concurrent submissions never get
-- the same number and the numbers of a year have no gaps from rolled-back drafts.
create table access_request_numbers (
  year integer primary key check (year between 2000 and 9999),
  last_number integer not null check (last_number between 1 and 999999)
);

-- Only orders confirmed from published sources. They bind budget-funded state institutions with a
-- Monday-to-Friday week, which the register authority is. The one-off holiday of 29 May 2023
-- (ice-hockey bronze) is already among the package's public holidays, so it is not repeated here.
insert into calendar_exceptions (day, kind, note) values
  ('2023-05-05', 'holiday',
    'MK rīkojums "Par darba dienas pārcelšanu 2023. gadā": darba diena pārcelta uz 20.05.2023.'),
  ('2023-05-20', 'working_day',
    'MK rīkojums "Par darba dienas pārcelšanu 2023. gadā": pārceltā darba diena no 05.05.2023.'),
  ('2024-12-14', 'working_day',
    'MK 13.06.2023. rīkojums Nr. 348: pārceltā darba diena no 23.12.2024.'),
  ('2024-12-23', 'holiday',
    'MK 13.06.2023. rīkojums Nr. 348: darba diena pārcelta uz 14.12.2024.'),
  ('2024-12-28', 'working_day',
    'MK 13.06.2023. rīkojums Nr. 348: pārceltā darba diena no 30.12.2024.'),
  ('2024-12-30', 'holiday',
    'MK 13.06.2023. rīkojums Nr. 348: darba diena pārcelta uz 28.12.2024.'),
  ('2025-11-08', 'working_day',
    'MK 30.04.2024. rīkojums Nr. 332: pārceltā darba diena no 17.11.2025.'),
  ('2025-11-17', 'holiday',
    'MK 30.04.2024. rīkojums Nr. 332: darba diena pārcelta uz 08.11.2025.'),
  ('2026-01-02', 'holiday',
    'MK 10.06.2025. rīkojums "Par darba dienu pārcelšanu 2026. gadā": darba diena pārcelta uz 17.01.2026.'),
  ('2026-01-17', 'working_day',
    'MK 10.06.2025. rīkojums "Par darba dienu pārcelšanu 2026. gadā": pārceltā darba diena no 02.01.2026.'),
  ('2026-06-22', 'holiday',
    'MK 10.06.2025. rīkojums "Par darba dienu pārcelšanu 2026. gadā": darba diena pārcelta uz 27.06.2026.'),
  ('2026-06-27', 'working_day',
    'MK 10.06.2025. rīkojums "Par darba dienu pārcelšanu 2026. gadā": pārceltā darba diena no 22.06.2026.');
