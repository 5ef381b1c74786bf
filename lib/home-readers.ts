import { site } from './site';

/** Home's three starting cards. Links into Phase 4 carry `proposed`, so home marks them while it is a proposal. */
export const readers = [
  {
    who: 'Leads',
    need: 'See what you own, what you can hand over, and when you can let your Associate run a customer call without you.',
    links: [
      {
        href: '/docs/sop/independent-leader#when-a-lead-may-skip-a-call',
        text: 'When a Lead may skip a call',
        proposed: true,
      },
      { href: site.assessmentUrl, text: 'Assess your Associate', proposed: true },
      { href: '/docs/sop/roles/lead', text: 'Lead role' },
      { href: '/docs/sop/process/customer-delivery', text: 'Step 6: Customer delivery' },
      { href: '/docs/sop/playbooks/daily-status-lead', text: "Daily status: the Lead's guide" },
      { href: '/docs/sop/management/ooo-coverage', text: 'Out-of-office cover' },
    ],
  },
  {
    who: 'Associates',
    need: 'See how you grow over your first year, what is expected every week, and check your readiness to lead calls on your own.',
    links: [
      { href: '/docs/sop/independent-leader#the-readiness-indicators', text: 'Readiness self-check', proposed: true },
      { href: '/docs/sop/growth-framework', text: 'Growth framework' },
      { href: '/docs/sop/roles/associate', text: 'Associate role' },
      { href: '/docs/sop/playbooks/daily-status-associate', text: "Daily status: the Associate's guide" },
    ],
  },
  {
    who: 'Leadership',
    need: 'Review the proposed Phase 4 (Independent Leader) and the model it extends: principles, process, growth path.',
    links: [
      { href: site.readinessUrl, text: 'Lead-Optional Call Readiness', proposed: true },
      { href: site.proposalUrl, text: 'What the Phase 4 proposal changes, and what is decided', proposed: true },
      { href: '/docs/sop', text: 'The Lead & Associate model' },
      { href: '/docs/sop/process', text: 'Process overview' },
      { href: '/docs/sop/resources/open-questions', text: 'Open questions in the SOP' },
      { href: '/docs/sop/management', text: 'Management' },
    ],
  },
] as const;
