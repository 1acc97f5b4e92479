insert into roles (name, description) values
    ('candidate', 'A nurse or allied professional looking for jobs'),
    ('recruiter', 'Publishes jobs and moves applications to placement'),
    ('editor', 'Writes and publishes city and specialty guides'),
    ('admin', 'Manages users, roles, imports and referral rewards');

insert into role_permissions (role, permission) values
    ('candidate', 'profile:view'), ('candidate', 'profile:edit'),
    ('candidate', 'applications:create'), ('candidate', 'applications:view-own'),
    ('candidate', 'alerts:manage'), ('candidate', 'referrals:invite'),
    ('recruiter', 'jobs:create'), ('recruiter', 'jobs:edit'), ('recruiter', 'jobs:change-status'),
    ('recruiter', 'applications:view'), ('recruiter', 'applications:change-status'),
    ('recruiter', 'candidates:search'), ('recruiter', 'referrals:share-job'),
    ('editor', 'content:create'), ('editor', 'content:edit'), ('editor', 'content:publish'),
    ('admin', 'users:view'), ('admin', 'users:manage'), ('admin', 'keys:rotate'),
    ('admin', 'jobs:create'), ('admin', 'jobs:edit'), ('admin', 'jobs:change-status'), ('admin', 'jobs:import'),
    ('admin', 'applications:view'), ('admin', 'applications:change-status'), ('admin', 'candidates:search'),
    ('admin', 'content:create'), ('admin', 'content:edit'), ('admin', 'content:publish'),
    ('admin', 'rewards:manage');
