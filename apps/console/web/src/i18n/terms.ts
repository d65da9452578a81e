import { COMMAND_TERMS } from './command-terms';
import { FIELD_TERMS } from './field-terms';

/**
 * The domain's words in both languages: case types, roles, teams, stages, commands, fields, events
 * and the API's error codes. A word missing here is shown as the API names it, never as a blank.
 */
export type TermKind = 'caseType' | 'role' | 'team' | 'status' | 'command' | 'field' | 'event' | 'error';
type Terms = Readonly<Partial<Record<string, readonly [fr: string, en: string]>>>;

const caseType: Terms = {
  'email-request': ['Demande par courriel', 'E-mail request'],
  'telephone-inquiry': ['Demande téléphonique', 'Telephone inquiry'],
  complaint: ['Plainte', 'Complaint'],
  'internship-application': ['Candidature de stage', 'Internship application'],
  'bilateral-project': ['Projet bilatéral', 'Bilateral project'],
  'call-for-proposals': ['Appel de projets', 'Call for proposals'],
  'premier-mission': ['Mission du premier ministre', 'Premier-led mission'],
  'cooperation-engagement': ['Engagement de coopération', 'Cooperation engagement'],
};

const role: Terms = {
  'intake-officer': ['Agente ou agent d’accueil', 'Intake officer'],
  'case-officer': ['Responsable de dossier', 'Case officer'],
  supervisor: ['Superviseure ou superviseur', 'Supervisor'],
  director: ['Directrice ou directeur', 'Director'],
  'secretary-general': ['Secrétaire générale ou général', 'Secretary-General'],
  coordinator: ['Coordonnatrice ou coordonnateur', 'Coordinator'],
  auditor: ['Vérificatrice ou vérificateur', 'Auditor'],
  administrator: ['Administratrice ou administrateur', 'Administrator'],
  'privacy-officer': ['Responsable de la protection des renseignements personnels', 'Privacy officer'],
  system: ['Système', 'System'],
};

/** The units that work cases (`TEAMS` of libs/domain; a spec checks none is missing). */
const team: Terms = {
  'information-services': ['Services de renseignements', 'Information services'],
  'international-programs': ['Programmes internationaux', 'International programs'],
  'bilateral-relations': ['Relations bilatérales', 'Bilateral relations'],
  'missions-bureau': ['Bureau des missions', 'Missions Bureau'],
  'secretary-general': ['Secrétariat général', 'Secretary General’s office'],
  'interparliamentary-cooperation': ['Coopération interparlementaire', 'Interparliamentary cooperation'],
};

const status: Terms = {
  received: ['Reçu', 'Received'],
  assigned: ['Assigné', 'Assigned'],
  answered: ['Répondu', 'Answered'],
  closed: ['Fermé', 'Closed'],
  recorded: ['Consigné', 'Recorded'],
  filed: ['Déposé', 'Filed'],
  submitted: ['Soumis', 'Submitted'],
  withdrawn: ['Retiré', 'Withdrawn'],
  planned: ['Planifié', 'Planned'],
  published: ['Publié', 'Published'],
  open: ['Ouvert', 'Open'],
  abandoned: ['Abandonné', 'Abandoned'],
  'action-plan': ['Plan d’action', 'Action plan'],
  cancelled: ['Annulé', 'Cancelled'],
  'closed-without-proposals': ['Fermé sans proposition', 'Closed without proposals'],
  compiled: ['Évaluations compilées', 'Evaluations compiled'],
  completed: ['Terminé', 'Completed'],
  decided: ['Sélection décidée', 'Selection decided'],
  declined: ['Décliné', 'Declined'],
  deployed: ['Déployé', 'Deployed'],
  eligible: ['Admissible', 'Eligible'],
  evaluating: ['En évaluation', 'Evaluating'],
  'follow-up': ['Suivi', 'Follow-up'],
  held: ['Tenu', 'Held'],
  'in-progress': ['En cours', 'In progress'],
  'interview-scheduled': ['Entrevue planifiée', 'Interview scheduled'],
  interviewed: ['Entrevue tenue', 'Interviewed'],
  'needs-assessment': ['Évaluation des besoins', 'Needs assessment'],
  negotiating: ['En négociation', 'Negotiating'],
  'not-eligible': ['Non admissible', 'Not eligible'],
  refused: ['Refusé', 'Refused'],
  'registration-closed': ['Inscriptions fermées', 'Registration closed'],
  'registration-open': ['Inscriptions ouvertes', 'Registration open'],
  selected: ['Retenu', 'Selected'],
  'service-delivery': ['Prestation des services', 'Service delivery'],
  'supporting-deployment': ['Soutien au déploiement', 'Supporting deployment'],
  'under-analysis': ['En analyse', 'Under analysis'],
};

/** Every event type of every case type, in the domain's words (a spec checks none is missing). */
const event: Terms = {
  EmailRequestReceived: ['Courriel reçu', 'E-mail received'],
  PersonalInformationErased: ['Renseignements personnels détruits', 'Personal information erased'],
  PersonalInformationCorrected: ['Renseignement personnel rectifié', 'Personal information corrected'],
  EmailRequestAssigned: ['Dossier assigné', 'Case assigned'],
  EmailRequestReassigned: ['Dossier réassigné', 'Case reassigned'],
  EmailRequestAnswered: ['Réponse envoyée', 'Answer sent'],
  EmailRequestClosedWithoutAnswer: ['Dossier fermé sans réponse', 'Case closed without an answer'],
  TelephoneInquiryRecorded: ['Appel consigné', 'Call recorded'],
  TelephoneInquiryCorrected: ['Appel corrigé', 'Call corrected'],
  ComplaintReceived: ['Plainte reçue', 'Complaint received'],
  ComplaintAssigned: ['Plainte assignée', 'Complaint assigned'],
  ComplaintReassigned: ['Plainte réassignée', 'Complaint reassigned'],
  ComplaintFindingsRecorded: ['Constats consignés', 'Findings recorded'],
  ComplaintAnswered: ['Réponse à la plainte envoyée', 'Complaint answered'],
  ComplaintClosedWithoutAnswer: ['Plainte fermée sans réponse', 'Complaint closed without an answer'],
  InternshipApplicationFiled: ['Candidature déposée', 'Application filed'],
  InternshipApplicationAssigned: ['Candidature assignée', 'Application assigned'],
  InternshipApplicationReassigned: ['Candidature réassignée', 'Application reassigned'],
  InternshipApplicationWithdrawn: ['Candidature retirée', 'Application withdrawn'],
  EligibilityReplySent: ['Réponse d’admissibilité envoyée', 'Eligibility reply sent'],
  InterviewScheduled: ['Entrevue planifiée', 'Interview scheduled'],
  InterviewHeld: ['Entrevue tenue', 'Interview held'],
  FinalReplySent: ['Réponse finale envoyée', 'Final reply sent'],
  BilateralProjectSubmitted: ['Projet soumis', 'Project submitted'],
  BilateralProjectAssigned: ['Projet assigné', 'Project assigned'],
  BilateralProjectReassigned: ['Projet réassigné', 'Project reassigned'],
  BilateralProjectWithdrawn: ['Projet retiré', 'Project withdrawn'],
  ProjectAnalysisResultNotified: ['Résultat de l’analyse communiqué', 'Analysis result notified'],
  PartnerNegotiationsStarted: ['Négociations avec le partenaire amorcées', 'Partner negotiations started'],
  NegotiationRoundRecorded: ['Ronde de négociation consignée', 'Negotiation round recorded'],
  PartnerNegotiationsEnded: ['Négociations avec le partenaire conclues', 'Partner negotiations ended'],
  PartnerNegotiationsAbandoned: ['Négociations avec le partenaire abandonnées', 'Partner negotiations abandoned'],
  DeploymentSupportProvided: ['Soutien au déploiement fourni', 'Deployment support provided'],
  BilateralProjectDeployed: ['Projet déployé', 'Project deployed'],
  CallForProposalsPublished: ['Appel de projets publié', 'Call for proposals published'],
  CallForProposalsExtended: ['Appel de projets prolongé', 'Call for proposals extended'],
  CallForProposalsClosed: ['Appel de projets fermé', 'Call for proposals closed'],
  ProposalSubmitted: ['Proposition reçue', 'Proposal submitted'],
  EvaluatorsAssigned: ['Évaluateurs désignés', 'Evaluators assigned'],
  ConflictOfInterestDeclared: ['Conflit d’intérêts déclaré', 'Conflict of interest declared'],
  NoConflictOfInterestDeclared: ['Absence de conflit d’intérêts déclarée', 'No conflict of interest declared'],
  ProposalScored: ['Proposition notée', 'Proposal scored'],
  SelectionDecided: ['Sélection décidée', 'Selection decided'],
  OrganizationNotified: ['Organisme avisé', 'Organization notified'],
  AllOrganizationsNotified: ['Tous les organismes avisés', 'All organizations notified'],
  PremierMissionPlanned: ['Mission planifiée', 'Mission planned'],
  PremierMissionReassigned: ['Mission réassignée', 'Mission reassigned'],
  MissionParticipantRegistered: ['Participant inscrit', 'Participant registered'],
  MissionRegistrationClosed: ['Inscriptions fermées', 'Registration closed'],
  MissionLogisticsServiceRecorded: ['Service logistique consigné', 'Logistics service recorded'],
  PremierMissionStarted: ['Mission commencée', 'Mission started'],
  PremierMissionEnded: ['Mission terminée', 'Mission ended'],
  PremierMissionCancelled: ['Mission annulée', 'Mission cancelled'],
  MissionEvaluationSent: ['Évaluation envoyée aux participants', 'Evaluation sent to participants'],
  MissionEvaluationReminderSent: ['Rappel d’évaluation envoyé', 'Evaluation reminder sent'],
  MissionEvaluationAnswered: ['Évaluation remplie', 'Evaluation answered'],
  MissionEvaluationsCompiled: ['Évaluations compilées', 'Evaluations compiled'],
  CooperationEngagementOpened: ['Engagement de coopération ouvert', 'Cooperation engagement opened'],
  CooperationEngagementReassigned: ['Engagement réassigné', 'Engagement reassigned'],
  CooperationEngagementWithdrawn: ['Engagement retiré', 'Engagement withdrawn'],
  NeedsRecorded: ['Besoins consignés', 'Needs recorded'],
  AssessmentMissionPlanned: ['Mission d’évaluation planifiée', 'Assessment mission planned'],
  AssessmentMissionHeld: ['Mission d’évaluation tenue', 'Assessment mission held'],
  AssistanceAgreed: ['Assistance convenue', 'Assistance agreed'],
  EngagementDeclined: ['Engagement décliné', 'Engagement declined'],
  ActionPlanProposed: ['Plan d’action proposé', 'Action plan proposed'],
  ActionPlanApproved: ['Plan d’action approuvé', 'Action plan approved'],
  ActionPlanModificationsRequested: ['Modifications au plan d’action demandées', 'Action plan modifications requested'],
  ActionPlanRejected: ['Plan d’action rejeté', 'Action plan rejected'],
  ActivityPlanned: ['Activité planifiée', 'Activity planned'],
  ActivityHeld: ['Activité tenue', 'Activity held'],
  ActivityCancelled: ['Activité annulée', 'Activity cancelled'],
  ServiceDeliveryCompleted: ['Prestation des services terminée', 'Service delivery completed'],
  FollowUpRecorded: ['Suivi consigné', 'Follow-up recorded'],
  ActivityReportSubmitted: ['Rapport d’activité déposé', 'Activity report submitted'],
  ServiceStandardWarning: ['Échéance proche signalée', 'Deadline warning raised'],
  ServiceStandardBreached: ['Délai dépassé', 'Service standard breached'],
  ServiceStandardBreachEscalated: ['Dépassement signalé à la hiérarchie', 'Breach escalated'],
  ServiceStandardDueDateMoved: ['Échéance déplacée par le calendrier', 'Due date moved by the calendar'],
  ServiceStandardClockPaused: ['Délai suspendu', 'Clock paused'],
  ServiceStandardClockResumed: ['Délai repris', 'Clock resumed'],
};

const error: Terms = {
  'invalid-field': ['Ce champ est invalide.', 'This field is invalid.'],
  'malformed-request': ['La demande est mal formée.', 'The request is malformed.'],
  forbidden: ['Vous n’avez pas le droit de faire cette action.', 'You may not do this.'],
  'not-found': ['Introuvable.', 'Not found.'],
  'command-refused': ['Le dossier refuse cette action dans son état actuel.', 'The case refuses this action in its current state.'],
  'invalid-command': ['Cette action enfreint une règle du dossier.', 'This action breaks a rule of the case.'],
  'case-exists': ['Ce dossier existe déjà.', 'This case already exists.'],
  'payload-too-large': ['Le contenu est trop volumineux.', 'The content is too large.'],
  unavailable: ['Un service est indisponible; réessayez dans un instant.', 'A service is unavailable; try again in a moment.'],
  'command-timed-out': ['Le dossier n’a pas répondu à temps; réessayez.', 'The case did not answer in time; try again.'],
  'not-signed-in': ['Votre session a pris fin; reconnectez-vous.', 'Your session has ended; sign in again.'],
  'api-unreachable': ['L’API ne répond pas.', 'The API does not answer.'],
  'invalid-field.answer': ['La réponse ne peut pas être vide.', 'The answer cannot be empty.'],
  'invalid-field.assignee': ['Indiquez la personne responsable.', 'Name the assignee.'],
  'invalid-field.staffId': [
    'L’identifiant compte de 1 à 200 lettres, chiffres, points, tirets, traits de soulignement ou @.',
    'The ID is 1 to 200 letters, digits, dots, dashes, underscores or @.',
  ],
  'invalid-field.email': ['Écrivez une adresse courriel valide.', 'Write a valid e-mail address.'],
  'invalid-field.role': ['Choisissez un rôle.', 'Choose a role.'],
  'invalid-field.teams': ['Cochez au moins une équipe.', 'Tick at least one team.'],
};

const TERMS: Readonly<Record<TermKind, Terms>> = { caseType, role, team, status, command: COMMAND_TERMS, field: FIELD_TERMS, event, error };

/** The word in `locale`, or undefined when the catalogue does not hold it. */
export function lookupTerm(kind: TermKind, word: string, locale: 'fr-CA' | 'en-CA'): string | undefined {
  const pair = TERMS[kind][word];
  return pair && pair[locale === 'fr-CA' ? 0 : 1];
}

/** `AnswerEmailRequest` or `answeredAt` as words, for a term the catalogue lacks. */
export function humanize(word: string): string {
  const spaced = word
    .replace(/[-_]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
