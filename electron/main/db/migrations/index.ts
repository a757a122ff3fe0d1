import { m001Core } from './001_core';
import { m002Clients } from './002_clients';
import { m003CaseFile } from './003_case_file';
import { m004Negotiation } from './004_negotiation';
import { m005Letters } from './005_letters';
import { m006UnpaidInstalments } from './006_unpaid_instalments';
import { m007PlainLetterText } from './007_plain_letter_text';
import { m008SearchContactsLetters } from './008_search_contacts_letters';
import { m009LegalEvents } from './009_legal_events';
import { m010DebtLedger } from './010_debt_ledger';
import { m011GeneratedText } from './011_generated_text';
import { m012ProposalVersions } from './012_proposal_versions';
import { m013CaseReviews } from './013_case_reviews';
import { m014ClientRegion } from './014_client_region';
import { m015AgreementEvents } from './015_agreement_events';
import { m016PlanBases } from './016_plan_bases';
import { m017LenderInsights } from './017_lender_insights';
import { m018EvidenceChecklists } from './018_evidence_checklists';
import { m019FollowupCounts } from './019_followup_counts';
import { m020LenderTypes } from './020_lender_types';
import { m021ClientsByRegion } from './021_clients_by_region';
import type { Migration } from './types';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  m001Core,
  m002Clients,
  m003CaseFile,
  m004Negotiation,
  m005Letters,
  m006UnpaidInstalments,
  m007PlainLetterText,
  m008SearchContactsLetters,
  m009LegalEvents,
  m010DebtLedger,
  m011GeneratedText,
  m012ProposalVersions,
  m013CaseReviews,
  m014ClientRegion,
  m015AgreementEvents,
  m016PlanBases,
  m017LenderInsights,
  m018EvidenceChecklists,
  m019FollowupCounts,
  m020LenderTypes,
  m021ClientsByRegion,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
