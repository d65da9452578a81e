import { ApiProperty } from '@nestjs/swagger';
import { ACTIVITY_FORMS, ACTIVITY_PLACES, SECTORS } from '@entente/domain';

export class PartnerParliamentCountDto {
  @ApiProperty({ example: 'National Assembly of Benin' }) partnerParliament!: string;
  @ApiProperty({ example: 'Benin' }) country!: string;
  @ApiProperty() engagements!: number;
}

export class CountryCountDto {
  @ApiProperty({ example: 'Benin' }) country!: string;
  @ApiProperty() engagements!: number;
}

export class SectorCountDto {
  @ApiProperty({ enum: Object.keys(SECTORS).map(Number), example: 3 }) sector!: number;
  @ApiProperty({ example: SECTORS[3] }) name!: string;
  @ApiProperty({ description: 'Engagements whose latest action plan (or, before any plan, whose needs) covers the sector.' })
  engagements!: number;
}

export class StageCountDto {
  @ApiProperty({ example: 'service-delivery', description: 'The four stages in order, then how engagements ended.' }) stage!: string;
  @ApiProperty() engagements!: number;
}

export class FormCountDto {
  @ApiProperty({ enum: ACTIVITY_FORMS }) form!: string;
  @ApiProperty() activities!: number;
}

export class PlaceCountDto {
  @ApiProperty({ enum: ACTIVITY_PLACES }) place!: string;
  @ApiProperty() activities!: number;
}

export class ActivitiesHeldDto {
  @ApiProperty() count!: number;
  @ApiProperty({ type: [FormCountDto], description: 'Every form, zeros included.' }) byForm!: FormCountDto[];
  @ApiProperty({ type: [PlaceCountDto], description: 'Every place, zeros included.' }) byPlace!: PlaceCountDto[];
}

/** The National Assembly's cooperation portfolio: every engagement ever opened, whatever its stage. */
export class CooperationPortfolioDto {
  @ApiProperty() engagements!: number;
  @ApiProperty({ type: [PartnerParliamentCountDto], description: 'Most engagements first.' })
  byPartnerParliament!: PartnerParliamentCountDto[];
  @ApiProperty({ type: [CountryCountDto], description: 'Most engagements first.' }) byCountry!: CountryCountDto[];
  @ApiProperty({ type: [SectorCountDto], description: 'Sectors 1 to 6, zeros included; an engagement counts in each of its sectors.' })
  bySector!: SectorCountDto[];
  @ApiProperty({ type: [StageCountDto], description: 'Every stage and ending, zeros included.' }) byStage!: StageCountDto[];
  @ApiProperty({ type: ActivitiesHeldDto }) activitiesHeld!: ActivitiesHeldDto;
}
