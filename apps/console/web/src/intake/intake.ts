/** The command that opens a case of each type: its operation in the API's document gives the form. */
export const OPENING_COMMANDS = {
  'email-request': 'ReceiveEmailRequest',
  'telephone-inquiry': 'RecordTelephoneInquiry',
  complaint: 'ReceiveComplaint',
  'internship-application': 'FileInternshipApplication',
  'bilateral-project': 'SubmitBilateralProject',
  'call-for-proposals': 'PublishCallForProposals',
  'premier-mission': 'PlanPremierMission',
  'cooperation-engagement': 'OpenCooperationEngagement',
} as const;

export type OpenedCaseType = keyof typeof OPENING_COMMANDS;

export const isOpenedCaseType = (word: string): word is OpenedCaseType => word in OPENING_COMMANDS;
