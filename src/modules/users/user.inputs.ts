import { Field, ID, InputType } from 'type-graphql';
import { Connection } from '../../graphql/pagination';
import { User } from '../auth/user.entity';

export const UserConnection = Connection(User, 'User');

@InputType({ description: 'Narrows the user list; every given condition must hold.' })
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Substring of the username, email, first or last name (case-insensitive).' })
  q?: string | null;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  isStaff?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  isSuperuser?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only members of this group.' })
  groupId?: string | null;
}

@InputType()
export class CreateUserInput {
  @Field({ description: '150 characters or fewer: letters, digits and @/./+/-/_ only.' })
  username!: string;

  @Field(() => String, { defaultValue: '' })
  email: string = '';

  @Field(() => String, { defaultValue: '' })
  firstName: string = '';

  @Field(() => String, { defaultValue: '' })
  lastName: string = '';

  @Field({ description: 'Checked by the four password validators; every problem is reported at once.' })
  password!: string;

  @Field(() => Boolean, { nullable: true, description: 'Superusers only (default true).' })
  isActive?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Superusers only (default false).' })
  isStaff?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Superusers only (default false).' })
  isSuperuser?: boolean | null;

  @Field(() => [ID], { nullable: true, description: "Groups to join; the caller must hold each group's permissions." })
  groupIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Direct permissions as `app.codename`; the caller must hold each.' })
  permissions?: string[] | null;
}

@InputType({ description: 'Only the given fields change.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  username?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Superusers only. Deactivating ends all the user\'s sessions.' })
  isActive?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Superusers only.' })
  isStaff?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Superusers only.' })
  isSuperuser?: boolean | null;
}
