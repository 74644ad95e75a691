import { Injectable } from '@nestjs/common';
import {
  ADJUST_SCORE,
  CREATE_SCORE_RULE,
  CREATE_SCORE_THRESHOLD,
  DELETE_SCORE_RULE,
  DELETE_SCORE_THRESHOLD,
  GET_CONTACT_SCORE,
  GET_SCORE_RULE,
  GET_SCORE_SETTINGS,
  GET_SCORE_THRESHOLD,
  LIST_SCORE_RULES,
  LIST_SCORE_THRESHOLDS,
  RECOMPUTE_SCORE,
  SCORE_RULES_MAX,
  SCORE_THRESHOLDS_MAX,
  ServiceError,
  UPDATE_SCORE_RULE,
  UPDATE_SCORE_SETTINGS,
  UPDATE_SCORE_THRESHOLD,
  type AdjustScoreRequest,
  type ContactScoreRequest,
  type ContactScoreView,
  type CreateScoreRuleRequest,
  type CreateScoreThresholdRequest,
  type ListScoreRulesQuery,
  type Page,
  type RecomputeScoreRequest,
  type RecomputedScoreView,
  type ScoreAdjustedView,
  type ScoreCondition,
  type ScoreRuleIdRequest,
  type ScoreRuleView,
  type ScoreSettingsView,
  type ScoreThresholdIdRequest,
  type ScoreThresholdView,
  type UpdateScoreRuleRequest,
  type UpdateScoreSettingsRequest,
  type UpdateScoreThresholdRequest,
} from '@mab/contracts';
import { OnCommand, type CommandContext } from '@mab/messaging';
import { WorkspaceRepository, keysetPage } from '@mab/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { ContactEntity } from '../contacts/contact.entity';
import { idempotent } from '../idempotency/idempotent-command';
import { LeadScorer } from './lead-scorer';
import { conditionProblems } from './score-conditions';
import { ScoreChangeEntity } from './score-change.entity';
import { ScoreRuleEntity } from './score-rule.entity';
import { ScoreSettingsEntity } from './score-settings.entity';
import { ScoreThresholdEntity } from './score-threshold.entity';
import {
  DEFAULT_SCORE_SETTINGS,
  scoreChangeView,
  scoreRuleView,
  scoreSettingsView,
  scoreThresholdView,
} from './scoring-views';

/** Plain JSON for the jsonb column (the request holds class instances), without absent values. */
function storedConditions(conditions: readonly ScoreCondition[]): ScoreCondition[] {
  const problems = conditionProblems(conditions);
  if (problems.length) throw ServiceError.validation('some conditions are incomplete', problems);
  return conditions.map(({ field, operator, value }) => ({
    field,
    operator,
    ...(value !== undefined ? { value } : {}),
  }));
}

/** Lead scoring: rules, decay settings, thresholds; contacts' scores, their log, recompute and adjustments. */
@Injectable()
export class ScoringHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scorer: LeadScorer,
  ) {}

  private async ruleOr404(manager: EntityManager | DataSource, workspaceId: string, id: string) {
    const rule = await WorkspaceRepository.of(manager, ScoreRuleEntity, workspaceId).findById(id);
    if (!rule) throw ServiceError.notFound('score rule', id);
    return rule;
  }

  private async thresholdOr404(manager: EntityManager | DataSource, workspaceId: string, id: string) {
    const threshold = await WorkspaceRepository.of(manager, ScoreThresholdEntity, workspaceId).findById(id);
    if (!threshold) throw ServiceError.notFound('score threshold', id);
    return threshold;
  }

  @OnCommand(CREATE_SCORE_RULE)
  async createRule(
    request: CreateScoreRuleRequest,
    ctx: CommandContext<typeof CREATE_SCORE_RULE>,
  ): Promise<ScoreRuleView> {
    const conditions = storedConditions(request.conditions);
    const rules = WorkspaceRepository.of(ctx.manager, ScoreRuleEntity, ctx.workspaceId);
    if ((await rules.count()) >= SCORE_RULES_MAX) {
      throw new ServiceError(409, 'too_many_score_rules', `a workspace has at most ${SCORE_RULES_MAX} scoring rules`);
    }
    const created = await rules.insert({
      name: request.name,
      activityType: request.activity_type,
      conditions,
      points: request.points,
      frequency: request.frequency,
      cap: request.cap ?? null,
      active: request.active ?? true,
    });
    return scoreRuleView((await rules.findById(created.id))!);
  }

  @OnCommand(LIST_SCORE_RULES)
  async listRules(
    query: ListScoreRulesQuery,
    ctx: CommandContext<typeof LIST_SCORE_RULES>,
  ): Promise<Page<ScoreRuleView>> {
    const qb = WorkspaceRepository.of(this.dataSource, ScoreRuleEntity, ctx.workspaceId).queryBuilder('rule');
    if (query.activity_type) qb.andWhere('rule.activityType = :type', { type: query.activity_type });
    if (query.active !== undefined) qb.andWhere('rule.active = :active', { active: query.active });
    return keysetPage(qb, { keys: ['createdAt', 'id'], direction: 'DESC' }, query, scoreRuleView);
  }

  @OnCommand(GET_SCORE_RULE)
  async getRule(request: ScoreRuleIdRequest, ctx: CommandContext<typeof GET_SCORE_RULE>): Promise<ScoreRuleView> {
    return scoreRuleView(await this.ruleOr404(this.dataSource, ctx.workspaceId, request.rule_id));
  }

  @OnCommand(UPDATE_SCORE_RULE)
  async updateRule(
    request: UpdateScoreRuleRequest,
    ctx: CommandContext<typeof UPDATE_SCORE_RULE>,
  ): Promise<ScoreRuleView> {
    const rule = await this.ruleOr404(ctx.manager, ctx.workspaceId, request.rule_id);
    const patch: Partial<ScoreRuleEntity> = {};
    if (request.name !== undefined) patch.name = request.name;
    if (request.activity_type !== undefined) patch.activityType = request.activity_type;
    if (request.conditions !== undefined) patch.conditions = storedConditions(request.conditions);
    if (request.points !== undefined) patch.points = request.points;
    if (request.frequency !== undefined) patch.frequency = request.frequency;
    if (request.cap !== undefined) patch.cap = request.cap ?? null;
    if (request.active !== undefined) patch.active = request.active;
    const rules = WorkspaceRepository.of(ctx.manager, ScoreRuleEntity, ctx.workspaceId);
    // Points already given stay in the log: a changed rule scores what happens from now on.
    if (Object.keys(patch).length) await rules.update({ id: rule.id }, patch);
    return scoreRuleView((await rules.findById(rule.id))!);
  }

  @OnCommand(DELETE_SCORE_RULE)
  async deleteRule(request: ScoreRuleIdRequest, ctx: CommandContext<typeof DELETE_SCORE_RULE>): Promise<void> {
    const rule = await this.ruleOr404(ctx.manager, ctx.workspaceId, request.rule_id);
    await WorkspaceRepository.of(ctx.manager, ScoreRuleEntity, ctx.workspaceId).delete({ id: rule.id });
  }

  @OnCommand(GET_SCORE_SETTINGS)
  async getSettings(_: object, ctx: CommandContext<typeof GET_SCORE_SETTINGS>): Promise<ScoreSettingsView> {
    return scoreSettingsView(
      await WorkspaceRepository.of(this.dataSource, ScoreSettingsEntity, ctx.workspaceId).findOne({}),
    );
  }

  @OnCommand(UPDATE_SCORE_SETTINGS)
  async updateSettings(
    request: UpdateScoreSettingsRequest,
    ctx: CommandContext<typeof UPDATE_SCORE_SETTINGS>,
  ): Promise<ScoreSettingsView> {
    const settings = WorkspaceRepository.of(ctx.manager, ScoreSettingsEntity, ctx.workspaceId);
    const values = {
      enabled: request.enabled,
      points: request.points,
      afterDays: request.after_days,
      everyDays: request.every_days,
      floor: request.floor ?? DEFAULT_SCORE_SETTINGS.floor,
    };
    // One row per workspace: the first PUT inserts it, a concurrent first PUT finds it and updates.
    if (!(await settings.insertUnlessConflict(values))) await settings.update({}, values);
    return scoreSettingsView(await settings.findOne({}));
  }

  @OnCommand(CREATE_SCORE_THRESHOLD)
  async createThreshold(
    request: CreateScoreThresholdRequest,
    ctx: CommandContext<typeof CREATE_SCORE_THRESHOLD>,
  ): Promise<ScoreThresholdView> {
    const thresholds = WorkspaceRepository.of(ctx.manager, ScoreThresholdEntity, ctx.workspaceId);
    if ((await thresholds.count()) >= SCORE_THRESHOLDS_MAX) {
      throw new ServiceError(
        409,
        'too_many_score_thresholds',
        `a workspace has at most ${SCORE_THRESHOLDS_MAX} score thresholds`,
      );
    }
    const created = await thresholds.insertUnlessConflict({
      name: request.name,
      score: request.score,
      tagToAdd: request.tag_to_add ?? null,
    });
    if (!created) throw this.nameTaken(request.name);
    return scoreThresholdView((await thresholds.findById(created.id))!);
  }

  private nameTaken(name: string): ServiceError {
    return new ServiceError(409, 'name_taken', `the workspace already has a score threshold ${name}`, [
      { field: 'name', constraints: ['is already the name of another threshold'] },
    ]);
  }

  @OnCommand(LIST_SCORE_THRESHOLDS)
  async listThresholds(
    _: object,
    ctx: CommandContext<typeof LIST_SCORE_THRESHOLDS>,
  ): Promise<Page<ScoreThresholdView>> {
    const rows = await WorkspaceRepository.of(this.dataSource, ScoreThresholdEntity, ctx.workspaceId).find({
      order: { score: 'ASC', name: 'ASC' },
    });
    return { items: rows.map(scoreThresholdView), total: rows.length, next_cursor: null };
  }

  @OnCommand(GET_SCORE_THRESHOLD)
  async getThreshold(
    request: ScoreThresholdIdRequest,
    ctx: CommandContext<typeof GET_SCORE_THRESHOLD>,
  ): Promise<ScoreThresholdView> {
    return scoreThresholdView(await this.thresholdOr404(this.dataSource, ctx.workspaceId, request.threshold_id));
  }

  @OnCommand(UPDATE_SCORE_THRESHOLD)
  async updateThreshold(
    request: UpdateScoreThresholdRequest,
    ctx: CommandContext<typeof UPDATE_SCORE_THRESHOLD>,
  ): Promise<ScoreThresholdView> {
    const threshold = await this.thresholdOr404(ctx.manager, ctx.workspaceId, request.threshold_id);
    const thresholds = WorkspaceRepository.of(ctx.manager, ScoreThresholdEntity, ctx.workspaceId);
    const patch: Partial<ScoreThresholdEntity> = {};
    if (request.name !== undefined && request.name !== threshold.name) {
      const taken = await thresholds
        .queryBuilder('threshold')
        .andWhere('lower(threshold.name) = lower(:name) AND threshold.id <> :id', {
          name: request.name,
          id: threshold.id,
        })
        .getExists();
      if (taken) throw this.nameTaken(request.name);
      patch.name = request.name;
    }
    if (request.score !== undefined) patch.score = request.score;
    if (request.tag_to_add !== undefined) patch.tagToAdd = request.tag_to_add ?? null;
    // Contacts already past a moved threshold are not announced: crossings are moves of scores, not of thresholds.
    if (Object.keys(patch).length) await thresholds.update({ id: threshold.id }, patch);
    return scoreThresholdView((await thresholds.findById(threshold.id))!);
  }

  @OnCommand(DELETE_SCORE_THRESHOLD)
  async deleteThreshold(
    request: ScoreThresholdIdRequest,
    ctx: CommandContext<typeof DELETE_SCORE_THRESHOLD>,
  ): Promise<void> {
    const threshold = await this.thresholdOr404(ctx.manager, ctx.workspaceId, request.threshold_id);
    await WorkspaceRepository.of(ctx.manager, ScoreThresholdEntity, ctx.workspaceId).delete({ id: threshold.id });
  }

  @OnCommand(GET_CONTACT_SCORE)
  async contactScore(
    request: ContactScoreRequest,
    ctx: CommandContext<typeof GET_CONTACT_SCORE>,
  ): Promise<ContactScoreView> {
    const contact = await WorkspaceRepository.of(this.dataSource, ContactEntity, ctx.workspaceId).findById(
      request.contact_id,
    );
    if (!contact) throw ServiceError.notFound('contact', request.contact_id);
    const qb = WorkspaceRepository.of(this.dataSource, ScoreChangeEntity, ctx.workspaceId)
      .queryBuilder('change')
      .andWhere('change.contactId = :contactId', { contactId: contact.id });
    const changes = await keysetPage(qb, { keys: ['createdAt', 'seq'], direction: 'DESC' }, request, scoreChangeView);
    return { contact_id: contact.id, score: contact.leadScore, changes };
  }

  @OnCommand(RECOMPUTE_SCORE)
  async recompute(
    request: RecomputeScoreRequest,
    ctx: CommandContext<typeof RECOMPUTE_SCORE>,
  ): Promise<RecomputedScoreView> {
    const result = await this.scorer.recompute(ctx.manager, ctx.workspaceId, request.contact_id);
    if (!result) throw ServiceError.notFound('contact', request.contact_id);
    return {
      contact_id: result.contactId,
      score: result.score,
      previous_score: result.previousScore,
      corrected: result.corrected,
    };
  }

  @OnCommand(ADJUST_SCORE)
  adjust(request: AdjustScoreRequest, ctx: CommandContext<typeof ADJUST_SCORE>): Promise<ScoreAdjustedView> {
    return idempotent(ctx.manager, ctx.workspaceId, ADJUST_SCORE.name, request.idempotency_key, async () => {
      if (!request.contact_id && !request.email) {
        throw ServiceError.validation('name the contact by contact_id or email', [
          { field: 'contact_id', constraints: ['contact_id or email is required'] },
        ]);
      }
      const contacts = WorkspaceRepository.of(ctx.manager, ContactEntity, ctx.workspaceId);
      const contact = request.contact_id
        ? await contacts.findById(request.contact_id)
        : await contacts.findOne({ email: request.email! });
      if (!contact) throw ServiceError.notFound('contact', request.contact_id ?? request.email);
      const outcome = await this.scorer.adjust(
        ctx.manager,
        ctx.workspaceId,
        contact.id,
        request.points,
        request.reason,
      );
      if (!outcome) throw ServiceError.notFound('contact', contact.id);
      return {
        contact_id: contact.id,
        score: outcome.score,
        previous_score: outcome.previousScore,
        points: outcome.score - outcome.previousScore,
      };
    });
  }
}
