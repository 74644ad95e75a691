import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ContactScoreQuery,
  ContactScoreView,
  CREATE_SCORE_RULE,
  CREATE_SCORE_THRESHOLD,
  CreateScoreRuleRequest,
  CreateScoreThresholdRequest,
  DELETE_SCORE_RULE,
  DELETE_SCORE_THRESHOLD,
  GET_CONTACT_SCORE,
  GET_SCORE_RULE,
  GET_SCORE_SETTINGS,
  GET_SCORE_THRESHOLD,
  LIST_SCORE_RULES,
  LIST_SCORE_THRESHOLDS,
  ListScoreRulesQuery,
  RECOMPUTE_SCORE,
  RecomputedScoreView,
  ScoreRulePage,
  ScoreRuleView,
  ScoreSettingsBody,
  ScoreSettingsView,
  ScoreThresholdPage,
  ScoreThresholdView,
  UPDATE_SCORE_RULE,
  UPDATE_SCORE_SETTINGS,
  UPDATE_SCORE_THRESHOLD,
  UpdateScoreRuleBody,
  UpdateScoreThresholdBody,
} from '@mab/contracts';
import { ServiceClient } from '@mab/messaging';
import { IdParam } from '../http/id-param';
import { ApiErrorView } from '../openapi/openapi';

/** Lead scoring: rules, decay settings, thresholds and contacts' scores (the crm service). */
@ApiTags('crm')
@ApiBearerAuth()
@Controller('api/crm')
export class ScoringController {
  constructor(private readonly services: ServiceClient) {}

  @Post('score-rules')
  @ApiOperation({
    summary: 'Add a scoring rule: activities of a type meeting its conditions give points',
    description:
      'A once rule gives a contact its points one time; a repeatable one every time, up to its cap (the most points ' +
      'it may move one score in total).',
  })
  @ApiCreatedResponse({ type: ScoreRuleView })
  @ApiConflictResponse({ type: ApiErrorView, description: 'too_many_score_rules' })
  createRule(@Body() body: CreateScoreRuleRequest) {
    return this.services.request(CREATE_SCORE_RULE, body);
  }

  @Get('score-rules')
  @ApiOperation({ summary: 'Scoring rules, newest first (by activity type, active or not)' })
  @ApiOkResponse({ type: ScoreRulePage })
  listRules(@Query() query: ListScoreRulesQuery) {
    return this.services.request(LIST_SCORE_RULES, query);
  }

  @Get('score-rules/:rule_id')
  @ApiOperation({ summary: 'One scoring rule' })
  @ApiOkResponse({ type: ScoreRuleView })
  getRule(@IdParam('rule_id', 'score rule') ruleId: string) {
    return this.services.request(GET_SCORE_RULE, { rule_id: ruleId });
  }

  @Patch('score-rules/:rule_id')
  @ApiOperation({ summary: 'Change a scoring rule (points already given stay)' })
  @ApiOkResponse({ type: ScoreRuleView })
  updateRule(@IdParam('rule_id', 'score rule') ruleId: string, @Body() body: UpdateScoreRuleBody) {
    return this.services.request(UPDATE_SCORE_RULE, { ...body, rule_id: ruleId });
  }

  @Delete('score-rules/:rule_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a scoring rule (points already given stay)' })
  @ApiNoContentResponse()
  async deleteRule(@IdParam('rule_id', 'score rule') ruleId: string) {
    await this.services.request(DELETE_SCORE_RULE, { rule_id: ruleId });
  }

  @Get('score-settings')
  @ApiOperation({ summary: 'Score decay settings (defaults, decay off, until set)' })
  @ApiOkResponse({ type: ScoreSettingsView })
  getSettings() {
    return this.services.request(GET_SCORE_SETTINGS, {});
  }

  @Put('score-settings')
  @ApiOperation({
    summary: 'Set score decay',
    description:
      'A contact without activity for after_days loses points, then again every every_days while still inactive, ' +
      'never below floor.',
  })
  @ApiOkResponse({ type: ScoreSettingsView })
  updateSettings(@Body() body: ScoreSettingsBody) {
    return this.services.request(UPDATE_SCORE_SETTINGS, body);
  }

  @Post('score-thresholds')
  @ApiOperation({
    summary: 'Add a score threshold (e.g. MQL at 50)',
    description:
      'A score rising from below it to it or past it publishes crm.contact.score_threshold_reached.v1 and adds ' +
      'tag_to_add; falling below and rising again is a new crossing.',
  })
  @ApiCreatedResponse({ type: ScoreThresholdView })
  @ApiConflictResponse({ type: ApiErrorView, description: 'name_taken, too_many_score_thresholds' })
  createThreshold(@Body() body: CreateScoreThresholdRequest) {
    return this.services.request(CREATE_SCORE_THRESHOLD, body);
  }

  @Get('score-thresholds')
  @ApiOperation({ summary: 'Score thresholds, lowest first' })
  @ApiOkResponse({ type: ScoreThresholdPage })
  listThresholds() {
    return this.services.request(LIST_SCORE_THRESHOLDS, {});
  }

  @Get('score-thresholds/:threshold_id')
  @ApiOperation({ summary: 'One score threshold' })
  @ApiOkResponse({ type: ScoreThresholdView })
  getThreshold(@IdParam('threshold_id', 'score threshold') thresholdId: string) {
    return this.services.request(GET_SCORE_THRESHOLD, { threshold_id: thresholdId });
  }

  @Patch('score-thresholds/:threshold_id')
  @ApiOperation({ summary: "Change a threshold's name, score or tag" })
  @ApiOkResponse({ type: ScoreThresholdView })
  @ApiConflictResponse({ type: ApiErrorView, description: 'name_taken' })
  updateThreshold(
    @IdParam('threshold_id', 'score threshold') thresholdId: string,
    @Body() body: UpdateScoreThresholdBody,
  ) {
    return this.services.request(UPDATE_SCORE_THRESHOLD, { ...body, threshold_id: thresholdId });
  }

  @Delete('score-thresholds/:threshold_id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a score threshold' })
  @ApiNoContentResponse()
  async deleteThreshold(@IdParam('threshold_id', 'score threshold') thresholdId: string) {
    await this.services.request(DELETE_SCORE_THRESHOLD, { threshold_id: thresholdId });
  }

  @Get('contacts/:contact_id/score')
  @ApiOperation({ summary: "A contact's lead score and every change of it with its reason, newest first" })
  @ApiOkResponse({ type: ContactScoreView })
  score(@IdParam('contact_id', 'contact') contactId: string, @Query() query: ContactScoreQuery) {
    return this.services.request(GET_CONTACT_SCORE, { ...query, contact_id: contactId });
  }

  @Post('contacts/:contact_id/score/recompute')
  @HttpCode(200)
  @ApiOperation({
    summary: "Rebuild a contact's score from its change log",
    description:
      'The score becomes the sum of the logged changes; rules, caps and thresholds are not re-evaluated and no ' +
      'threshold event is published.',
  })
  @ApiOkResponse({ type: RecomputedScoreView })
  recompute(@IdParam('contact_id', 'contact') contactId: string) {
    return this.services.request(RECOMPUTE_SCORE, { contact_id: contactId });
  }
}
