import { ApiProperty } from '@nestjs/swagger';

/** A reference entry's name in both official languages. */
export class BilingualNameDto {
  @ApiProperty({ example: 'National Assembly of Benin' }) en!: string;
  @ApiProperty({ example: 'Assemblée nationale du Bénin' }) fr!: string;
}

export class CountryDto {
  @ApiProperty({ example: 'BJ', description: 'ISO 3166-1 alpha-2 code.' }) code!: string;
  @ApiProperty({ type: BilingualNameDto, example: { en: 'Benin', fr: 'Bénin' } }) name!: BilingualNameDto;
}

export class ParliamentDto {
  @ApiProperty({ example: 'bj-national-assembly' }) id!: string;
  @ApiProperty({ example: 'BJ', description: "ISO 3166-1 alpha-2 code of the parliament's country." }) country!: string;
  @ApiProperty({ type: BilingualNameDto }) name!: BilingualNameDto;
  @ApiProperty({
    type: BilingualNameDto,
    example: { en: 'National Assembly', fr: 'Assemblée nationale' },
    description: 'The name its own country uses: it names the parliament only with its country.',
  })
  chamber!: BilingualNameDto;
}

export class SupportOrganizationDto {
  @ApiProperty({ example: 'undp' }) id!: string;
  @ApiProperty({
    type: BilingualNameDto,
    example: { en: 'United Nations Development Programme (UNDP)', fr: 'Programme des Nations Unies pour le développement (PNUD)' },
  })
  name!: BilingualNameDto;
}
