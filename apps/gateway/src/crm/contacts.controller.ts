import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ActivityPage,
  ActivityView,
  ContactExportView,
  ContactPage,
  ContactView,
  CREATE_CONTACT,
  CreateContactQuery,
  CreateContactRequest,
  DELETE_CONTACT,
  DeleteContactQuery,
  EXPORT_CONTACT,
  GET_CONTACT,
  LIST_ACTIVITIES,
  LIST_CONTACTS,
  ListActivitiesQuery,
  ListContactsQuery,
  RECORD_ACTIVITY,
  RecordActivityBody,
  TAG_CONTACT,
  TagContactBody,
  UPDATE_CONTACT,
  UPSERT_CONTACT,
  UpdateContactBody,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { IdParam } from '../http/id-param';
import { ApiErrorView } from '../openapi/openapi';

/** Contacts and their timelines (the crm service). */
@ApiTags('crm')
@ApiBearerAuth()
@Controller('api/crm/contacts')
export class ContactsController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @ApiOperation({
    summary: 'Create a contact (409 if the email is known), or with ?upsert=true merge into it',
    description:
      'An upsert never wipes a known value with an empty one, adds tags and custom fields, keeps the first source ' +
      "and the contact's status; it answers 201 when it created the contact, 200 when it merged.",
  })
  @ApiCreatedResponse({ type: ContactView })
  @ApiOkResponse({ type: ContactView, description: 'merged into a known contact (upsert)' })
  @ApiConflictResponse({ type: ApiErrorView, description: 'email_taken' })
  async create(
    @Query() query: CreateContactQuery,
    @Body() body: CreateContactRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!query.upsert) return this.services.request(CREATE_CONTACT, body);
    const result = await this.services.request(UPSERT_CONTACT, body);
    res.status(result.created ? 201 : 200);
    return result.contact;
  }

  @Get()
  @ApiOperation({ summary: 'Contacts: filter by tag, status, text, score, dates, custom fields; sort; keyset pages' })
  @ApiOkResponse({ type: ContactPage })
  list(@Query() query: ListContactsQuery) {
    return this.services.request(LIST_CONTACTS, query);
  }

  @Get(':contact_id')
  @ApiOperation({ summary: 'One contact' })
  @ApiOkResponse({ type: ContactView })
  get(@IdParam('contact_id', 'contact') contactId: string) {
    return this.services.request(GET_CONTACT, { contact_id: contactId });
  }

  @Get(':contact_id/export')
  @ApiOperation({
    summary: 'GDPR export: everything the CRM keeps about the contact, as one JSON document',
    description:
      'The contact, its custom fields with their definitions, its timeline, every email to it or its address ' +
      '(content included), its score log, its site visitor ids and whether its address is suppressed.',
  })
  @ApiOkResponse({ type: ContactExportView })
  export(@IdParam('contact_id', 'contact') contactId: string) {
    return this.services.request(EXPORT_CONTACT, { contact_id: contactId });
  }

  @Patch(':contact_id')
  @ApiOperation({ summary: 'Change a contact (custom fields merge; null removes a value)' })
  @ApiOkResponse({ type: ContactView })
  update(@IdParam('contact_id', 'contact') contactId: string, @Body() body: UpdateContactBody) {
    return this.services.request(UPDATE_CONTACT, { ...body, contact_id: contactId });
  }

  @Delete(':contact_id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a contact and its timeline; ?erase=true erases its personal data everywhere (GDPR)',
    description:
      'An erasure also strips the recipient, subject and bodies from its emails (their status and counts stay for ' +
      'statistics), forgets its site visitor ids, their anonymous activities and its score log, and keeps the ' +
      'address only as a hash on the suppression list, so it is never mailed again.',
  })
  @ApiNoContentResponse()
  async delete(@IdParam('contact_id', 'contact') contactId: string, @Query() query: DeleteContactQuery) {
    await this.services.request(DELETE_CONTACT, { ...query, contact_id: contactId });
  }

  @Post(':contact_id/tags')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add and remove tags' })
  @ApiOkResponse({ type: ContactView })
  tag(@IdParam('contact_id', 'contact') contactId: string, @Body() body: TagContactBody) {
    return this.services.request(TAG_CONTACT, { ...body, contact_id: contactId });
  }

  @Get(':contact_id/activities')
  @ApiOperation({ summary: "The contact's timeline, newest first" })
  @ApiOkResponse({ type: ActivityPage })
  activities(@IdParam('contact_id', 'contact') contactId: string, @Query() query: ListActivitiesQuery) {
    return this.services.request(LIST_ACTIVITIES, { ...query, contact_id: contactId });
  }

  @Post(':contact_id/activities')
  @ApiOperation({ summary: 'Record a note or a custom activity' })
  @ApiCreatedResponse({ type: ActivityView })
  record(@IdParam('contact_id', 'contact') contactId: string, @Body() body: RecordActivityBody) {
    return this.services.request(RECORD_ACTIVITY, { ...body, contact_id: contactId });
  }
}
