import { ApiProperty } from '@nestjs/swagger';
import { ACTIVITY_FORMS, ACTIVITY_PLACES, SECTORS } from '@entente/domain';
import { BilingualNameDto } from '../../reference/dto/reference.dto';

const AS_TYPED =
  'null when the name recorded matches no entry of the reference list: then `name` is that text, as typed, in both languages.';

export class PartnerParliamentCountDto {
  @ApiProperty({ type: String, nullable: true, example: 'bj-national-assembly', description: `The parliament's id; ${AS_TYPED}` })
  parliament!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'BJ', description: 'ISO 3166-1 alpha-2 code of its country; null when unknown.' })
  country!: string | null;
  @ApiProperty({ type: BilingualNameDto }) name!: BilingualNameDto;
  @ApiProperty() engagements!: number;
}

export class CountryCountDto {
  @ApiProperty({ type: String, nullable: true, example: 'BJ', description: `ISO 3166-1 alpha-2 code; ${AS_TYPED}` })
  country!: string | null;
  @ApiProperty({ type: BilingualNameDto, example: { en: 'Benin', fr: 'Bénin' } }) name!: BilingualNameDto;
  @ApiProperty() engagements!: number;
}

export class SupportOrganizationCountDto {
  @ApiProperty({ type: String, nullable: true, example: 'undp', description: `The organization's id; ${AS_TYPED}` })
  supportOrganization!: string | null;
  @ApiProperty({
    type: BilingualNameDto,
    example: { en: 'United Nations Development Programme (UNDP)', fr: 'Programme des Nations Unies pour le développement (PNUD)' },
  })
  name!: BilingualNameDto;
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

/** The National Assembly's cooperation portfolio: the engagements under way in the period, whatever their stage now. */
export class CooperationPortfolioDto {
  @ApiProperty() engagements!: number;
  @ApiProperty({ type: [PartnerParliamentCountDto], description: 'Most engagements first.' })
  byPartnerParliament!: PartnerParliamentCountDto[];
  @ApiProperty({ type: [CountryCountDto], description: 'Most engagements first.' }) byCountry!: CountryCountDto[];
  @ApiProperty({
    type: [SupportOrganizationCountDto],
    description: 'Engagements a support organization brought, most first; those the parliament brought itself are not listed.',
  })
  bySupportOrganization!: SupportOrganizationCountDto[];
  @ApiProperty({ type: [SectorCountDto], description: 'Sectors 1 to 6, zeros included; an engagement counts in each of its sectors.' })
  bySector!: SectorCountDto[];
  @ApiProperty({ type: [StageCountDto], description: 'Every stage and ending, zeros included.' }) byStage!: StageCountDto[];
  @ApiProperty({ type: ActivitiesHeldDto, description: 'Activities held in the period.' }) activitiesHeld!: ActivitiesHeldDto;
}
