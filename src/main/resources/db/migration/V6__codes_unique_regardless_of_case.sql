-- 'ECG' and 'ecg' would be two services that every channel confuses: a code is unique regardless of case.
create unique index branch_code_any_case on branch (lower(code));
create unique index service_code_any_case on service (lower(code));
create unique index promotion_code_any_case on promotion (lower(code));
