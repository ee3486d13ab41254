import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { PeopleResolver, PersonFieldsResolver } from './people.resolver.js';
import { PeopleService } from './people.service.js';

@Module({ imports: [UsersModule], providers: [PeopleService, PeopleResolver, PersonFieldsResolver], exports: [PeopleService] })
export class PeopleModule {}
