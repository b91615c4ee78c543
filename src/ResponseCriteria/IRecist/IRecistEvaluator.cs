using System;
using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Cohorts;
using ResponseCriteria.Confirmation;
using ResponseCriteria.Diagnostics;
using ResponseCriteria.Patterns;
using ResponseCriteria.Recist11;
using ResponseCriteria.Responses;
using ResponseCriteria.Results;
using ResponseCriteria.Series;
using static ResponseCriteria.IRecist.NewLesionTracker;

// Stryker disable Linq : no LINQ is used here; the Linq mutator turns List.Count and properties named Sum or Any into calls that do not compile.
namespace ResponseCriteria.IRecist;

/// <summary>
/// Evaluates a patient's series under iRECIST (Seymour 2017, with the working group's clarifications; see docs/criteria.md):
/// RECIST 1.1 progression becomes unconfirmed (iUPD) and is confirmed (iCPD) at a later assessment by further growth, an
/// additional new lesion or a category newly progressing; an iUPD that is not confirmed and falls back under the thresholds
/// resets the bar. New lesions are categorised (NLT/NLNT) and followed by id. Shares the RECIST 1.1 target, non-target and
/// time-point rules. Pure and thread-safe; bad data gives diagnostics and NE calls, never exceptions.
/// </summary>
public sealed class IRecistEvaluator : IResponseEvaluator
{
    /// <summary>Creates an evaluator.</summary>
    /// <param name="options">The options; null for <see cref="IRecistOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The confirmation window ends before it starts.</exception>
    public IRecistEvaluator(IRecistOptions? options = null)
    {
        Options = options ?? IRecistOptions.Default;
        if (Options.IUpdConfirmationMaximumDays < Options.IUpdConfirmationMinimumDays)
        {
            throw new ArgumentException("IUpdConfirmationMaximumDays must be at least IUpdConfirmationMinimumDays.", nameof(options));
        }
    }

    /// <summary>Always <see cref="Criteria.IRecist"/>.</summary>
    public Criteria Criteria => Criteria.IRecist;

    /// <summary>The options.</summary>
    public IRecistOptions Options { get; }

    /// <summary>Evaluates one series.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The time-point calls (iCR … iCPD), iBOR with and without confirmation, the progression dates and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public EvaluationResult Evaluate(PatientSeries series)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        return new Run(Options, new RulePass(PreparedSeries.Build(series), Options.Recist11)).Evaluate();
    }

    /// <summary>The state of one evaluation.</summary>
    private sealed class Run(IRecistOptions options, RulePass pass)
    {
        private readonly PreparedSeries prepared = pass.Prepared;
        private readonly Recist11Options recist = options.Recist11;
        private readonly NewLesionTracker tracker = new(options.Recist11);
        private readonly Text text = new(options);
        private Chain? chain;
        private LocalDate? confirmedOn;
        private LocalDate? progressionDate;
        private decimal? newLesionTargetNadir;
        private int newLesionTargetCount;

        internal EvaluationResult Evaluate()
        {
            var count = prepared.FollowUps.Length;
            var timePoints = new TimePointResult[count];
            for (var i = 0; i < count; i++)
            {
                timePoints[i] = prepared.Usable[i] ? Step(i) : pass.NotUsable(i, text);
            }

            Span<ResponseCall> calls = timePoints.Length <= BestResponse.CallsOnStack ? stackalloc ResponseCall[timePoints.Length] : new ResponseCall[timePoints.Length];
            BestResponse.CallsOf(prepared.BaselineDate, timePoints, calls);
            var unconfirmed = BestResponse.Derive(prepared.StartDate, calls, false, recist, Criteria.IRecist, !prepared.HasTargets, null);
            var confirmed = BestResponse.Derive(prepared.StartDate, calls, true, recist, Criteria.IRecist, !prepared.HasTargets, prepared.Diagnostics);
            LocalDate? pending = null;
            if (chain != null)
            {
                pending = chain.Start;
                prepared.Diagnostics.Add(new Diagnostic(DiagnosticCodes.UnconfirmedProgressionAtEnd, DiagnosticSeverity.Info, $"the iUPD of {Explain.Date(chain.Start)} is not confirmed by the last assessment: no iCPD event (criteria Q9)", chain.Start));
            }

            var patterns = PatternDetector.Detect(prepared, timePoints, recist, Criteria.IRecist);
            return new EvaluationResult(Criteria.IRecist, prepared.Series.Id, prepared.BaselineDate, timePoints, unconfirmed, confirmed, recist.Confirmation, progressionDate, prepared.Diagnostics.ToArray(), patterns, confirmedOn, pending);
        }

        private TimePointResult Step(int index)
        {
            var assessment = prepared.FollowUps[index];
            var date = assessment.Date;
            var snapshot = tracker.Step(prepared, index);
            var (target, nonTarget) = pass.Findings(index, out var completeSum);
            var nltSum = snapshot.TargetSum(null, out _);
            var targetPd = target.Response == Response.ProgressiveDisease;
            var nonTargetPd = nonTarget.Response == Response.ProgressiveDisease;

            // New lesions progressing in their own right: another new lesion, NLT-SOM PD over its nadir, NLNT unequivocal progression [FAQ].
            // What was found is kept as facts; the explanation is written from them when read.
            List<Fact>? why = null;
            var newPd = snapshot.Appeared.Length > 0;
            if (newPd)
            {
                (why ??= []).Add(new Fact(FactKind.NewLesionAppeared, snapshot.Appeared));
            }

            if (newLesionTargetNadir.HasValue && nltSum.HasValue && snapshot.Ids(true).Count == newLesionTargetCount && TargetRules.IsProgression(nltSum.Value, newLesionTargetNadir.Value, recist))
            {
                newPd = true;
                (why ??= []).Add(new Fact(FactKind.NewLesionTargetSumOverNadir, [], nltSum.Value, newLesionTargetNadir.Value));
            }

            var nlntProgressed = snapshot.NonTargetsGrown(null, null);
            if (nlntProgressed.Count > 0)
            {
                newPd = true;
                (why ??= []).Add(new Fact(FactKind.NewNonTargetProgressed, nlntProgressed));
            }

            // Every local starts assigned, so that a mutation removing one branch still compiles (eng/mutation.sh).
            var response = Response.NotEvaluable;
            var rule = OverallRule.AssessmentNotUsable;
            var transition = IRecistTransition.NotEvaluable;
            var reasons = ProgressionReasons.None;
            var confirmedBy = ProgressionReasons.None;
            int? windowDays = null;
            var early = false;
            IReadOnlyList<Fact> facts = [];
            var start = chain?.Start;

            if (confirmedOn.HasValue)
            {
                (response, rule, transition) = (Response.ConfirmedProgression, OverallRule.AfterProgression, IRecistTransition.AfterConfirmation);
                start = progressionDate;
            }
            else if (chain is null)
            {
                reasons = Flags(targetPd, nonTargetPd, newPd);
                if (reasons != ProgressionReasons.None)
                {
                    chain = new Chain(date, reasons, TargetValues(index), completeSum, snapshot);
                    start = date;
                    (response, rule, transition) = (Response.UnconfirmedProgression, OverallRule.Progression, IRecistTransition.UnconfirmedProgression);
                    facts = why ?? facts;
                }
                else
                {
                    (response, rule) = Table(target, nonTarget, snapshot);
                    transition = IRecistTransition.NoProgression;
                }
            }
            else
            {
                // The 4-week minimum and the 8-week window count from the first iUPD of the chain (criteria Q18).
                var c = chain;
                windowDays = BestResponse.Days(c.Start, date);
                early = windowDays < options.IUpdConfirmationMinimumDays;
                var triggers = new List<Fact>();
                var additional = snapshot.Additional(c.NewLesions);
                var earlyMayConfirm = assessment.Unscheduled ?? options.EarlyScanWithNewLesionConfirms;
                if (additional.Count > 0 && (!early || earlyMayConfirm))
                {
                    confirmedBy |= ProgressionReasons.NewLesion;
                    triggers.Add(new Fact(FactKind.AdditionalNewLesion, additional));
                }

                if (!early)
                {
                    confirmedBy |= Triggers(c, index, snapshot, targetPd, nonTargetPd, newPd, triggers);
                }

                if (confirmedBy != ProgressionReasons.None)
                {
                    (response, rule, transition) = (Response.ConfirmedProgression, OverallRule.Progression, IRecistTransition.Confirmed);
                    confirmedOn = date;
                    progressionDate = c.Start;
                    facts = triggers;
                    if (windowDays > options.IUpdConfirmationMaximumDays)
                    {
                        prepared.Diagnostics.Add(new Diagnostic(DiagnosticCodes.LateConfirmation, DiagnosticSeverity.Warning, $"the iUPD of {Explain.Date(c.Start)} is confirmed {windowDays} days later, after the {options.IUpdConfirmationMaximumDays}-day window; confirmed all the same (criteria Q5)", date));
                    }

                    chain = null;
                }
                else if (early)
                {
                    // Disregarded: an early scan neither confirms (but for the unscheduled new-lesion case) nor resets (criteria Q20).
                    reasons = c.Reasons;
                    (response, rule, transition) = (Response.UnconfirmedProgression, OverallRule.Progression, IRecistTransition.EarlyScan);
                    facts = additional.Count > 0 ? [new Fact(FactKind.AdditionalNewLesionBlocked, additional, Scheduled: assessment.Unscheduled == false)] : facts;
                }
                else
                {
                    var holding = Holding(c, completeSum, snapshot, targetPd, nonTargetPd);
                    var missing = NotEvaluable(target, nonTarget, snapshot);
                    if (holding != ProgressionReasons.None)
                    {
                        reasons = holding;
                        (response, rule, transition) = (Response.UnconfirmedProgression, OverallRule.Progression, IRecistTransition.StillUnconfirmed);
                        c.LastTargetSum = completeSum ?? c.LastTargetSum;
                    }
                    else if (missing.Count > 0)
                    {
                        // No reset on an incomplete picture: the chain stays open (criteria Q14, Q16).
                        (response, rule, transition) = (Response.NotEvaluable, OverallRule.AssessmentNotUsable, IRecistTransition.NotEvaluable);
                        facts = [new Fact(FactKind.NotEvaluable, missing)];
                    }
                    else
                    {
                        (response, rule) = Table(target, nonTarget, snapshot);
                        transition = IRecistTransition.Reset;
                        chain = null;
                    }
                }
            }

            pass.Record(index, response, completeSum, !(early && options.ExcludeEarlyScansFromNadir));
            UpdateNewLesionTargetNadir(snapshot, nltSum);
            var newLesions = NewLesionFinding(snapshot);
            var step = IRecistStep.Of(
                transition,
                start,
                windowDays,
                chain?.Reasons ?? ProgressionReasons.None,
                confirmedBy,
                snapshot.Ids(true),
                snapshot.Ids(false),
                nltSum,
                snapshot.Appeared,
                new IRecistStep.Record(facts, confirmedOn, early, snapshot));
            var progressionReasons = response switch
            {
                Response.ConfirmedProgression => confirmedBy,
                Response.UnconfirmedProgression => reasons,
                _ => ProgressionReasons.None,
            };
            return new TimePointResult(date, prepared.Days[index], target, nonTarget, newLesions, response, rule, progressionReasons, text, step);
        }

        /// <summary>What confirms the pending iUPD at a scan in the window [S17] Table 2, [FAQ]; the reasons are recorded in <paramref name="triggers"/>.</summary>
        private ProgressionReasons Triggers(Chain c, int index, Snapshot snapshot, bool targetPd, bool nonTargetPd, bool newPd, List<Fact> triggers)
        {
            var by = ProgressionReasons.None;
            if ((c.Reasons & ProgressionReasons.Target) != 0)
            {
                var growth = TargetGrowth(c, index);
                if (growth != null)
                {
                    by |= ProgressionReasons.Target;
                    triggers.Add(growth);
                }
            }
            else if (targetPd)
            {
                by |= ProgressionReasons.Target;
                triggers.Add(new Fact(FactKind.TargetsNowProgress, []));
            }

            if ((c.Reasons & ProgressionReasons.NonTarget) != 0)
            {
                // Any further increase confirms; "progression" again means unchanged (criteria Q10).
                var grown = new List<string>();
                for (var k = 0; k < prepared.NonTargets.Length; k++)
                {
                    if (prepared.NonTarget(index, k) == Lesions.NonTargetStatus.FurtherIncrease)
                    {
                        grown.Add(prepared.NonTargets[k].Id);
                    }
                }

                if (grown.Count > 0)
                {
                    by |= ProgressionReasons.NonTarget;
                    triggers.Add(new Fact(FactKind.NonTargetFurtherIncrease, grown));
                }
            }
            else if (nonTargetPd)
            {
                by |= ProgressionReasons.NonTarget;
                triggers.Add(new Fact(FactKind.NonTargetsNowProgress, []));
            }

            if ((c.Reasons & ProgressionReasons.NewLesion) != 0)
            {
                var current = snapshot.TargetSum(c.NewLesionTargets, out var partial);
                var reference = c.NewLesionTargetSum;
                if (reference.HasValue && (current ?? partial) - reference >= recist.ProgressionMinimumIncreaseMillimetres)
                {
                    by |= ProgressionReasons.NewLesion;
                    triggers.Add(new Fact(FactKind.NewLesionTargetSumGrew, [], current ?? partial, reference.Value));
                }

                var grown = snapshot.NonTargetsGrown(c.NewLesionNonTargets, c.NewLesionNonTargetSizes);
                if (grown.Count > 0)
                {
                    by |= ProgressionReasons.NewLesion;
                    triggers.Add(new Fact(FactKind.NewNonTargetGrew, grown));
                }
            }
            else if (newPd && snapshot.Appeared.Length == 0)
            {
                by |= ProgressionReasons.NewLesion;
                triggers.Add(new Fact(FactKind.NewLesionsNowProgress, []));
            }

            return by;
        }

        /// <summary>
        /// The growth of the targets since the first iUPD of the chain, when it confirms (a further >= 5 mm, cumulative across the
        /// chain): measured over the targets measured at both scans, so a partial sum at the iUPD never confirms by itself
        /// (criteria Q19). Null when it does not confirm.
        /// </summary>
        private Fact? TargetGrowth(Chain c, int index)
        {
            decimal now = 0m, then = 0m;
            var compared = new List<string>();
            var targets = prepared.Targets;
            var values = TargetValues(index);
            for (var k = 0; k < targets.Length; k++)
            {
                var before = c.TargetValues[k];
                var after = values[k];
                if (before.HasValue && after.HasValue)
                {
                    now += after.Value;
                    then += before.Value;
                    compared.Add(targets[k].Id);
                }
            }

            var growth = now - then;
            var minimum = recist.ProgressionMinimumIncreaseMillimetres;
            if (compared.Count == 0 || growth < minimum)
            {
                return null;
            }

            // No ids when every target was compared (the text then speaks of the target sum).
            return new Fact(FactKind.TargetGrowth, compared.Count == targets.Length ? [] : compared, now, then);
        }

        /// <summary>Each target's value for the sum at follow-up <paramref name="index"/>, in target order (null where not evaluable).</summary>
        private decimal?[] TargetValues(int index)
        {
            var values = new decimal?[prepared.Targets.Length];
            for (var k = 0; k < values.Length; k++)
            {
                values[k] = prepared.Target(index, k).ValueForSum(recist.TooSmallToMeasureMillimetres);
            }

            return values;
        }

        /// <summary>Which reasons of the pending iUPD still hold (criteria §2.5), scenario B included.</summary>
        private ProgressionReasons Holding(Chain c, decimal? completeSum, Snapshot snapshot, bool targetPd, bool nonTargetPd)
        {
            var holding = ProgressionReasons.None;
            if (targetPd && (c.Reasons & ProgressionReasons.Target) != 0)
            {
                holding |= ProgressionReasons.Target;
            }

            if (nonTargetPd && (c.Reasons & ProgressionReasons.NonTarget) != 0)
            {
                holding |= ProgressionReasons.NonTarget;
            }

            if ((c.Reasons & ProgressionReasons.NewLesion) != 0 && snapshot.WithPresence(NewLesionPresence.Present, c.NewLesions).Count > 0 && !ScenarioB(c, completeSum, snapshot))
            {
                holding |= ProgressionReasons.NewLesion;
            }

            return holding;
        }

        /// <summary>[FAQ] scenario B (criteria Q7): after a new-lesion iUPD, targets shrank further and the new lesions did not grow.</summary>
        private bool ScenarioB(Chain c, decimal? completeSum, Snapshot snapshot)
        {
            if (!options.ResetWhenTargetsShrinkAfterNewLesion || completeSum is null || c.LastTargetSum is null || completeSum >= c.LastTargetSum)
            {
                return false;
            }

            var nlt = snapshot.TargetSum(c.NewLesionTargets, out _);
            return (c.NewLesionTargetSum is null || nlt <= c.NewLesionTargetSum)
                   && snapshot.NonTargetsGrown(c.NewLesionNonTargets, c.NewLesionNonTargetSizes).Count == 0;
        }

        /// <summary>
        /// What cannot be judged at this scan: a reset needs the whole picture, so any category not evaluable (targets, a
        /// non-target, a followed new lesion) keeps the iUPD pending (criteria Q14, Q16).
        /// </summary>
        private static List<string> NotEvaluable(TargetResult target, NonTargetResult nonTarget, Snapshot snapshot)
        {
            var missing = new List<string>();
            if (target.Response == Response.NotEvaluable)
            {
                missing.AddRange(target.NotEvaluableLesions.Count > 0 ? target.NotEvaluableLesions : ["targets"]);
            }

            if (nonTarget.Response == Response.NotEvaluable)
            {
                missing.AddRange(nonTarget.Lesions);
            }

            missing.AddRange(snapshot.WithPresence(NewLesionPresence.NotEvaluable));
            return missing;
        }

        /// <summary>The RECIST 1.1 tables with the new lesions seen so far counted like non-target disease: present ones block iCR.</summary>
        private static (Response, OverallRule) Table(TargetResult target, NonTargetResult nonTarget, Snapshot snapshot)
        {
            var nonTargetResponse = nonTarget.Response;
            if (snapshot.Any)
            {
                var present = snapshot.WithPresence(NewLesionPresence.Present).Count > 0;
                var unknown = snapshot.WithPresence(NewLesionPresence.NotEvaluable).Count > 0;
                if (nonTargetResponse == Response.NotEvaluable || unknown)
                {
                    nonTargetResponse = Response.NotEvaluable;
                }
                else if (present)
                {
                    nonTargetResponse = Response.NonCompleteNonProgression;
                }
                else if (nonTargetResponse == Response.NotApplicable)
                {
                    nonTargetResponse = Response.CompleteResponse;
                }
            }

            return TimePointTable.WithoutProgression(target.Response, nonTargetResponse);
        }

        private void UpdateNewLesionTargetNadir(Snapshot snapshot, decimal? nltSum)
        {
            var nltCount = snapshot.Ids(true).Count;
            if (nltSum.HasValue && (nltCount != newLesionTargetCount || newLesionTargetNadir is null || nltSum < newLesionTargetNadir))
            {
                newLesionTargetNadir = nltSum;
                newLesionTargetCount = nltCount;
            }
        }

        private static NewLesionResult NewLesionFinding(Snapshot snapshot)
        {
            if (snapshot.Appeared.Length > 0)
            {
                return new NewLesionResult(NewLesionRule.NewLesion, snapshot.Appeared, []);
            }

            var present = snapshot.WithPresence(NewLesionPresence.Present);
            return present.Count > 0
                ? new NewLesionResult(NewLesionRule.Persisting, present, [])
                : NewLesionResult.None;
        }

        internal static string Describe(Snapshot snapshot, decimal? nltSum)
        {
            if (!snapshot.Any)
            {
                return "no new lesion";
            }

            var parts = new List<string>();
            foreach (var s in snapshot.States)
            {
                var state = s.Presence switch
                {
                    NewLesionPresence.NotEvaluable => "NE",
                    NewLesionPresence.Absent => "gone",
                    _ => s.Size.HasValue ? Explain.Mm(s.Size.Value) : s.Reappeared ? "seen again after it was gone: progressed" : s.Progressed ? "progressed" : "present",
                };
                var isNew = Array.IndexOf(snapshot.Appeared, s.Lesion.Id) >= 0 ? ", new" : string.Empty;
                parts.Add($"{s.Lesion.Id} ({(s.Lesion.IsTarget ? "NLT" : "NLNT")}{isNew}: {state})");
            }

            var sum = nltSum.HasValue ? $"; new-lesion target sum {Explain.Mm(nltSum.Value)}" : string.Empty;
            return $"new lesions {string.Join(", ", parts)}{sum}";
        }

        private static ProgressionReasons Flags(bool target, bool nonTarget, bool newLesion)
            => (target ? ProgressionReasons.Target : ProgressionReasons.None)
               | (nonTarget ? ProgressionReasons.NonTarget : ProgressionReasons.None)
               | (newLesion ? ProgressionReasons.NewLesion : ProgressionReasons.None);
    }

    /// <summary>What the state machine found at a time point, kept as data for the explanation.</summary>
    internal enum FactKind
    {
        /// <summary>New iUPD: a new lesion appeared.</summary>
        NewLesionAppeared,

        /// <summary>New iUPD: the NLT sum meets PD over its nadir (Now, Then = nadir).</summary>
        NewLesionTargetSumOverNadir,

        /// <summary>New iUPD: an NLNT progressed.</summary>
        NewNonTargetProgressed,

        /// <summary>iCPD: an additional new lesion.</summary>
        AdditionalNewLesion,

        /// <summary>Early scan: an additional new lesion that cannot confirm (Scheduled: recorded as scheduled).</summary>
        AdditionalNewLesionBlocked,

        /// <summary>iCPD: target growth since the iUPD (Now, Then; Ids: the targets compared when not all).</summary>
        TargetGrowth,

        /// <summary>iCPD: targets, not progressed at the iUPD, now meet RECIST 1.1 PD.</summary>
        TargetsNowProgress,

        /// <summary>iCPD: non-targets increased further.</summary>
        NonTargetFurtherIncrease,

        /// <summary>iCPD: non-targets, not progressed at the iUPD, now progressed.</summary>
        NonTargetsNowProgress,

        /// <summary>iCPD: the NLT sum grew since the iUPD (Now, Then).</summary>
        NewLesionTargetSumGrew,

        /// <summary>iCPD: an NLNT grew.</summary>
        NewNonTargetGrew,

        /// <summary>iCPD: new lesions, not progressed at the iUPD, now progress in their own right.</summary>
        NewLesionsNowProgress,

        /// <summary>NE: what is not evaluable.</summary>
        NotEvaluable,
    }

    /// <summary>One fact with its lesions and figures.</summary>
    internal sealed record Fact(FactKind Kind, IReadOnlyList<string> Ids, decimal Now = 0m, decimal Then = 0m, bool Scheduled = false);

    /// <summary>The explanation of an iRECIST time point, built when first read: the state machine's facts, then the findings.</summary>
    private sealed class Text(IRecistOptions options) : TimePointText
    {
        private readonly Recist11Options recist = options.Recist11;

        internal override string Explain(TimePointResult tp)
        {
            var step = tp.IRecist!;
            return $"{Lead(tp, step)}: {TargetRules.Describe(tp.Target, Criteria.IRecist, recist)}; {NonTargetRules.Describe(tp.NonTarget, Criteria.IRecist)}; {Run.Describe(step.Details.Snapshot, step.NewLesionTargetSum)} [S17]";
        }

        private string Lead(TimePointResult tp, IRecistStep step)
        {
            var details = step.Details;
            var code = ResponseCodes.ToCode(tp.Response, Criteria.IRecist);
            var start = step.UnconfirmedProgressionDate.HasValue ? Results.Explain.Date(step.UnconfirmedProgressionDate.Value) : string.Empty;
            var days = step.DaysSinceUnconfirmedProgression;
            return step.Transition switch
            {
                IRecistTransition.AfterConfirmation => $"iCPD (progression confirmed on {Results.Explain.Date(details.ConfirmedOn!.Value)}; later time points stay iCPD)",
                IRecistTransition.UnconfirmedProgression => $"iUPD ({string.Join("; ", Parts(tp.ProgressionReasons, details.Facts))}): unconfirmed progression, to be confirmed {options.IUpdConfirmationMinimumDays}-{options.IUpdConfirmationMaximumDays} days later",
                IRecistTransition.Confirmed => $"iCPD: confirms the iUPD of {start} ({days} days later{(details.Early ? ", an early scan" : string.Empty)}): {string.Join("; ", Phrases(details.Facts, details.Early))}",
                IRecistTransition.EarlyScan => $"iUPD: {days} days after the iUPD of {start}, earlier than {options.IUpdConfirmationMinimumDays} days, the scan is disregarded: it neither confirms nor resets{string.Concat(Phrases(details.Facts, true))}",
                IRecistTransition.StillUnconfirmed => $"iUPD: the iUPD of {start} still holds ({ResponseCodes.Describe(tp.ProgressionReasons)}) and nothing confirms it ({days} days later)",
                IRecistTransition.NotEvaluable => $"NE: the iUPD of {start} can be neither confirmed nor reset: {string.Join(", ", details.Facts[0].Ids)} not evaluable; the iUPD stays pending",
                IRecistTransition.Reset => $"{code}: the iUPD of {start} is not confirmed and the disease is back under the progression thresholds; the bar resets",
                _ => code,
            };
        }

        /// <summary>Why a new iUPD was called: the categories, then what the new lesions did.</summary>
        private IEnumerable<string> Parts(ProgressionReasons reasons, IReadOnlyList<Fact> facts)
        {
            if ((reasons & ProgressionReasons.Target) != 0)
            {
                yield return "target";
            }

            if ((reasons & ProgressionReasons.NonTarget) != 0)
            {
                yield return "non-target";
            }

            foreach (var phrase in Phrases(facts, false))
            {
                yield return phrase;
            }
        }

        private IEnumerable<string> Phrases(IReadOnlyList<Fact> facts, bool early)
        {
            var minimum = Results.Explain.SignedMm(recist.ProgressionMinimumIncreaseMillimetres);
            foreach (var f in facts)
            {
                var ids = string.Join(", ", f.Ids);
                yield return f.Kind switch
                {
                    FactKind.NewLesionAppeared => $"new lesion {ids} appeared",
                    FactKind.NewLesionTargetSumOverNadir => $"new-lesion target sum {Results.Explain.Mm(f.Now)} is {Results.Explain.SignedMm(f.Now - f.Then)} over its nadir {Results.Explain.Mm(f.Then)}",
                    FactKind.NewNonTargetProgressed => $"new non-target {ids} progressed",
                    FactKind.AdditionalNewLesion => $"additional new lesion {ids}{(early ? " on an unscheduled scan" : string.Empty)}",
                    FactKind.AdditionalNewLesionBlocked => $"; additional new lesion {ids} cannot confirm on a scan {(f.Scheduled ? "recorded as scheduled" : "not recorded as unscheduled")}",
                    FactKind.TargetGrowth => f.Ids.Count == 0
                        ? $"target sum {Results.Explain.Mm(f.Now)} is {Results.Explain.SignedMm(f.Now - f.Then)} over {Results.Explain.Mm(f.Then)} at the iUPD (needs >= {minimum})"
                        : $"targets {ids}, measured at both scans, sum {Results.Explain.Mm(f.Now)}, {Results.Explain.SignedMm(f.Now - f.Then)} over {Results.Explain.Mm(f.Then)} at the iUPD (needs >= {minimum})",
                    FactKind.TargetsNowProgress => "targets now meet RECIST 1.1 progression",
                    FactKind.NonTargetFurtherIncrease => $"non-target {ids} increased further",
                    FactKind.NonTargetsNowProgress => "non-targets now unequivocally progressed",
                    FactKind.NewLesionTargetSumGrew => $"new-lesion target sum {Results.Explain.Mm(f.Now)} is {Results.Explain.SignedMm(f.Now - f.Then)} over {Results.Explain.Mm(f.Then)} at the iUPD (needs >= {minimum})",
                    FactKind.NewNonTargetGrew => $"new non-target {ids} grew",
                    FactKind.NewLesionsNowProgress => "new lesions now progress in their own right",
                    _ => $"{ids} not evaluable",
                };
            }
        }
    }

    /// <summary>A run of consecutive iUPD time points: where it started, why, and the figures growth is judged from.</summary>
    private sealed class Chain
    {
        internal Chain(LocalDate start, ProgressionReasons reasons, decimal?[] targetValues, decimal? completeTargetSum, Snapshot snapshot)
        {
            Start = start;
            Reasons = reasons;
            TargetValues = targetValues;
            LastTargetSum = completeTargetSum;
            NewLesionTargets = snapshot.Ids(true);
            NewLesionNonTargets = snapshot.Ids(false);
            NewLesions = [.. NewLesionTargets, .. NewLesionNonTargets];
            var complete = snapshot.TargetSum(null, out var partial);
            NewLesionTargetSum = complete ?? (NewLesionTargets.Count > 0 ? (decimal?)partial : null);
            NewLesionNonTargetSizes = snapshot.NonTargetSizes();
        }

        /// <summary>The date of the first iUPD of the run: the event date once confirmed, and where the window counts from (criteria Q18).</summary>
        internal LocalDate Start { get; }

        internal ProgressionReasons Reasons { get; }

        /// <summary>Each target's value at the first iUPD, in target order (growth to confirm is cumulative from here; criteria Q19).</summary>
        internal decimal?[] TargetValues { get; }

        /// <summary>The complete target sum at the latest iUPD (for scenario B).</summary>
        internal decimal? LastTargetSum { get; set; }

        internal IReadOnlyList<string> NewLesionTargets { get; }

        internal IReadOnlyList<string> NewLesionNonTargets { get; }

        internal List<string> NewLesions { get; }

        internal decimal? NewLesionTargetSum { get; }

        internal Dictionary<string, decimal> NewLesionNonTargetSizes { get; }
    }
}
