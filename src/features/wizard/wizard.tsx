import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { CompletenessReport } from '../../components/completeness-report/completeness-report';
import { fieldKeysForKind, getField, getKind } from '../../core/catalogue/catalogue';
import { checkRequest } from '../../core/completeness/check-request';
import type { CompletenessReport as Report } from '../../core/completeness/report-types';
import type { RequestData } from '../../core/request/request-schema';
import { useTranslations } from '../../i18n/use-translations';
import { downloadJson } from '../../lib/download-file';
import { focusPath } from '../../lib/field-id';
import { localIsoDate } from '../../lib/today';
import { buildSteps, stepOfPath } from './build-steps';
import { DraftContext } from './field-context';
import { DraftName } from './draft-name';
import { EmergencyClock } from './emergency-clock';
import { reportResolver } from './report-resolver';
import { ReviewStep } from './review-step';
import { StepNav } from './step-nav';
import { stepProblems, type StepProblem } from './step-problems';
import { LiveReportProvider, useLiveReport } from './use-live-report';
import { WidgetForField } from './widgets/widget-for-field';

export interface WizardProps {
  name: string;
  request: RequestData;
  /** Stored values over their limits: marked as soon as the form opens. */
  invalidPaths?: string[];
  stepId?: string;
  onStepChange?: (stepId: string) => void;
  onRename: (name: string) => void;
  /** Every change of the form, without re-rendering it: the draft's one save path takes it from here. */
  onChange: (request: RequestData) => void;
  onClose: () => void;
  /** Where the saves stand (composed by the app, from the drafts feature). */
  status?: ReactNode;
  /** What was wrong with the draft as stored. */
  notice?: ReactNode;
  /**
   * Shown under the review (the PDF export), given the way to a field and the wizard's live report (so that it
   * is not computed twice); composed by the app so features stay apart.
   */
  reviewExtras?: (jump: (path: string) => void, report: Report) => ReactNode;
}

function LivePanel({ onJump }: { onJump: (path: string) => void }) {
  return <CompletenessReport report={useLiveReport()} onJump={onJump} />;
}

function ReviewExtras({ render, jump }: { render: NonNullable<WizardProps['reviewExtras']>; jump: (path: string) => void }) {
  return <>{render(jump, useLiveReport())}</>;
}

/** The drafting form: one react-hook-form across all steps; "Next" checks only the step's own fields. */
export function Wizard({ name, request, invalidPaths = [], stepId, onStepChange, onRename, onChange, onClose, status, notice, reviewExtras }: WizardProps) {
  const { t, td } = useTranslations();
  const { instrument, kind } = request;
  const steps = useMemo(() => buildSteps(instrument, kind), [instrument, kind]);
  // An emergency kind keeps the time in view, measured from the answer that says when it became known.
  const clockField = getKind(instrument, kind).clock ? fieldKeysForKind(instrument, kind).find((k) => getField(k).type === 'dateTime') : undefined;
  const form = useForm<RequestData>({ defaultValues: request as never, resolver: reportResolver(localIsoDate), mode: 'onTouched' });
  const indexOf = (id: string | undefined) => Math.max(0, steps.findIndex((s) => s.id === id));
  const [current, setCurrent] = useState(() => indexOf(stepId));
  const [problems, setProblems] = useState<StepProblem[]>([]);
  // The step's heading takes the focus when the form opens (after Start drafting), so a screen reader says where it is.
  const pendingFocus = useRef<string | null>('');
  const heading = useRef<HTMLHeadingElement>(null);
  const step = steps[current]!;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  // Every change goes to the save path; the form is not re-rendered for it.
  useEffect(() => form.subscribe({ formState: { values: true }, callback: () => onChangeRef.current(form.getValues()) }), [form]);
  // Values a stored draft brought in over their limits are marked at once, not when first touched.
  useEffect(() => {
    if (invalidPaths.length) void form.trigger(invalidPaths as never);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the draft as opened
  }, [form]);

  const goTo = (index: number, focus: string | null = null) => {
    pendingFocus.current = focus;
    setProblems([]);
    setCurrent(index);
    onStepChange?.(steps[index]!.id);
  };
  // The browser's Back and Forward move between steps: the step is in the address, and the form follows it.
  const [shownStepId, setShownStepId] = useState(stepId);
  if (stepId !== shownStepId) {
    setShownStepId(stepId);
    if (indexOf(stepId) !== current) {
      pendingFocus.current = '';
      setProblems([]);
      setCurrent(indexOf(stepId));
    }
  }
  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === null) return;
    if (target === '' || !focusPath(target)) heading.current?.focus();
  }, [current]);

  const jump = (path: string) => {
    const index = stepOfPath(steps, path);
    if (index === current) focusPath(path);
    else goTo(index, path);
  };

  const next = async () => {
    const ok = await form.trigger(step.fields.map((f) => `answers.${f}`) as never);
    if (ok) {
      goTo(Math.min(current + 1, steps.length - 1), '');
      return;
    }
    // Read the problems from the checker itself: RHF's formState seen from this closure is the last render's.
    const found = stepProblems(checkRequest(form.getValues(), { today: localIsoDate(), validate: true }), step.fields, td);
    setProblems(found);
    if (found[0]) focusPath(found[0].path);
  };

  const exportJson = () => downloadJson(name, form.getValues());
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (step.id !== 'review') void next();
  };
  const stepName = t(`sections.${step.id}` as 'sections.review');

  return (
    <DraftContext.Provider value={{ instrument, kind }}>
      <FormProvider {...form}>
        <LiveReportProvider>
        <div className="wizard">
          <div className="draft-bar">
            <DraftName name={name} onRename={onRename} />
            <p className="kind-title">
              {td(`catalogue:instruments.${instrument}.kinds.${kind}`)}
              <span className="muted instrument-name">{td(`catalogue:instruments.${instrument}.shortTitle`)}</span>
            </p>
            <div className="draft-status">{status}</div>
            <button type="button" className="secondary" onClick={exportJson}>{t('drafts.exportJson')}</button>
            <button type="button" className="secondary" onClick={onClose}>{t('drafts.close')}</button>
          </div>
          {notice}
          {clockField ? <EmergencyClock field={clockField} /> : null}
          <StepNav steps={steps} current={current} onSelect={(i) => goTo(i, '')} />
          <div className="wizard-body">
            <form className="wizard-step" onSubmit={onSubmit} noValidate aria-labelledby="step-heading">
              <h2 id="step-heading" tabIndex={-1} ref={heading}>
                {t('wizard.stepOf', { current: current + 1, total: steps.length, name: stepName })}
              </h2>
              <div role="alert" className="step-alert">
                {problems.length > 0 ? (
                  <>
                    <p>{t('wizard.stepHasErrors', { count: problems.length })}</p>
                    <ul>
                      {problems.map((p) => (
                        <li key={p.path}>
                          <button type="button" className="link-button" onClick={() => focusPath(p.path)}>{p.field}</button>: {p.message}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </div>
              {step.id === 'review'
                ? <><ReviewStep steps={steps} onEdit={(i) => goTo(i, '')} />{reviewExtras ? <ReviewExtras render={reviewExtras} jump={jump} /> : null}</>
                : step.fields.map((key) => <WidgetForField key={key} fieldKey={key} />)}
              <div className="wizard-buttons">
                <button type="button" className="secondary" onClick={() => goTo(current - 1, '')} disabled={current === 0}>{t('wizard.back')}</button>
                {step.id !== 'review' ? <button type="submit">{t('wizard.next')}</button> : null}
              </div>
            </form>
            <aside className="wizard-aside">
              <LivePanel onJump={jump} />
            </aside>
          </div>
        </div>
        </LiveReportProvider>
      </FormProvider>
    </DraftContext.Provider>
  );
}
