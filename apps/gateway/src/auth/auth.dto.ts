import { Email, Text } from '@mab/contracts';

export class RegisterDto {
  @Email()
  email: string;

  @Text({ min: 10, max: 200, example: 'correct horse battery staple', description: 'At least 10 characters' })
  password: string;

  @Text({ optional: true, max: 200, trim: true, example: 'Ada Lovelace' })
  name?: string;

  @Text({ optional: true, min: 1, max: 200, trim: true, example: 'Analytical Engines Ltd' })
  workspace_name?: string;
}

export class LoginDto {
  @Email()
  email: string;

  @Text({ max: 200, example: 'correct horse battery staple' })
  password: string;
}

export class RefreshDto {
  @Text({ max: 200, example: 'rt_6y1c…' })
  refresh_token: string;
}

export class ChangePasswordDto {
  @Text({ max: 200 })
  current_password: string;

  @Text({ min: 10, max: 200 })
  new_password: string;
}
