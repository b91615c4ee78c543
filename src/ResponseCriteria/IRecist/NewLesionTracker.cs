using System;
using System.Collections.Generic;
using NodaTime;
using ResponseCriteria.Lesions;
using ResponseCriteria.Recist11;
using ResponseCriteria.Series;

// Stryker disable Linq : no LINQ is used here; the Linq mutator turns List.Count and properties named Sum or Any into calls that do not compile.
namespace ResponseCriteria.IRecist;

/// <summary>
/// Follows iRECIST new lesions by id across assessments [S17] §2.2: categorises each on first sighting as new-lesion target
/// (NLT: measurable as at baseline, at most 5 in all and 2 per organ, largest first, unless the reader chose) or new-lesion
/// non-target (NLNT), keeps that category, and reports each known lesion's state at every assessment.
/// </summary>
internal sealed class NewLesionTracker(Recist11Options options)
{
    private Dictionary<string, Tracked>? known;
    private List<Tracked>? order;

    internal sealed record Tracked(string Id, string Organ, bool IsLymphNode, bool IsTarget, LocalDate FirstSeen)
    {
        /// <summary>The presence at the last assessment where the lesion was evaluable.</summary>
        internal NewLesionPresence LastKnown { get; set; } = NewLesionPresence.Present;
    }

    /// <summary>
    /// A known new lesion at one assessment. <see cref="Progressed"/>: an NLNT whose status says progression, or that is seen again
    /// after it was gone (<see cref="Reappeared"/>: any increase is NLNT progression, criteria Q17).
    /// </summary>
    internal readonly record struct State(Tracked Lesion, NewLesionPresence Presence, decimal? Size, bool Progressed, bool Reappeared = false);

    internal enum NewLesionPresence
    {
        NotEvaluable,
        Present,
        Absent,
    }

    /// <summary>
    /// Records usable follow-up <paramref name="index"/> and returns the state of every known new lesion there, and which appeared.
    /// An equivocal new lesion appears where it is first seen when a later assessment confirms it and backdating is on (criteria
    /// Q21, as RECIST 1.1 Q4); otherwise where it is first recorded unequivocally.
    /// </summary>
    internal Snapshot Step(PreparedSeries prepared, int index)
    {
        var assessment = prepared.FollowUps[index];
        if (order is null && assessment.NewLesionSpan.IsEmpty)
        {
            return Snapshot.Empty;
        }

        known ??= new Dictionary<string, Tracked>(StringComparer.Ordinal);
        order ??= new List<Tracked>();
        List<NewLesion>? appearing = null;
        foreach (var lesion in assessment.NewLesionSpan)
        {
            if (!known.ContainsKey(lesion.Id) && NewLesionRules.Counts(lesion, options)
                && (!lesion.IsEquivocal || (options.BackdateEquivocalNewLesions && NewLesionRules.ConfirmedAt(prepared, index, lesion.Id, options) is not null)))
            {
                (appearing ??= new List<NewLesion>()).Add(lesion);
            }
        }

        if (appearing is { Count: > 1 })
        {
            LargestFirst(appearing);
        }

        var appeared = appearing is null ? [] : new string[appearing.Count];
        for (var i = 0; i < appeared.Length; i++)
        {
            var lesion = appearing![i];
            var tracked = new Tracked(lesion.Id, lesion.Organ, lesion.IsLymphNode, IsTarget(lesion), assessment.Date);
            known.Add(lesion.Id, tracked);
            order.Add(tracked);
            appeared[i] = lesion.Id;
        }

        var states = new State[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var state = StateAt(order[i], assessment);
            if (!order[i].IsTarget && state.Presence == NewLesionPresence.Present && order[i].LastKnown == NewLesionPresence.Absent)
            {
                state = state with { Progressed = true, Reappeared = true };
            }

            if (state.Presence != NewLesionPresence.NotEvaluable)
            {
                order[i].LastKnown = state.Presence;
            }

            states[i] = state;
        }

        return new Snapshot(appeared, states);
    }

    /// <summary>Largest first, so the biggest measurable lesions become new-lesion targets; ties keep the recorded order.</summary>
    private static void LargestFirst(List<NewLesion> appearing)
    {
        var byOrder = new List<NewLesion>(appearing);
        appearing.Sort((a, b) =>
        {
            var bySize = Measured(b).CompareTo(Measured(a));
            return bySize != 0 ? bySize : byOrder.IndexOf(a).CompareTo(byOrder.IndexOf(b));
        });
    }

    private bool IsTarget(NewLesion lesion)
    {
        if (lesion.Role.HasValue)
        {
            return lesion.Role == LesionRole.Target;
        }

        var minimum = lesion.IsLymphNode ? Thresholds.MeasurableNodeShortAxisMillimetres : Thresholds.MeasurableLesionMillimetres;
        var mm = lesion.Size?.Millimetres;
        if (mm is null || mm < minimum)
        {
            return false;
        }

        var total = 0;
        var inOrgan = 0;
        foreach (var t in order ?? [])
        {
            if (!t.IsTarget)
            {
                continue;
            }

            total++;
            if (SameOrgan(t.IsLymphNode, t.Organ, lesion.IsLymphNode, lesion.Organ))
            {
                inOrgan++;
            }
        }

        return total < Thresholds.MaximumTargets && inOrgan < Thresholds.MaximumTargetsPerOrgan;
    }

    private static bool SameOrgan(bool nodeA, string organA, bool nodeB, string organB)
        => nodeA || nodeB ? nodeA && nodeB : Lesion.OrganComparer.Equals(organA, organB);

    private static decimal Measured(NewLesion lesion) => lesion.Size?.Millimetres ?? -1m;

    private State StateAt(Tracked lesion, Assessment assessment)
    {
        NewLesion? record = null;
        foreach (var candidate in assessment.NewLesionSpan)
        {
            if (candidate.Id == lesion.Id)
            {
                record = candidate;
                break;
            }
        }

        // Not listed: the case format reads an assessment's new-lesion list as complete, so the lesion is gone. A lesion listed
        // as not evaluable is NE and never counts as 0 mm (criteria Q14).
        if (record is null)
        {
            return new State(lesion, NewLesionPresence.Absent, lesion.IsTarget ? 0m : null, false);
        }

        if (record.Size.HasValue)
        {
            var value = record.Size.Value.ValueForSum(options.TooSmallToMeasureMillimetres);
            if (value is null)
            {
                return new State(lesion, NewLesionPresence.NotEvaluable, null, false);
            }

            var present = NewLesionRules.Counts(record, options);
            return new State(lesion, present ? NewLesionPresence.Present : NewLesionPresence.Absent, value, false);
        }

        return record.Status switch
        {
            NonTargetStatus.Absent => new State(lesion, NewLesionPresence.Absent, 0m, false),
            NonTargetStatus.NotEvaluable => new State(lesion, NewLesionPresence.NotEvaluable, null, false),
            var status => new State(lesion, NewLesionPresence.Present, null, NonTargetRules.IsProgressed(status)),
        };
    }

    /// <summary>The new lesions at one assessment: which appeared, and every known lesion's state.</summary>
    internal sealed class Snapshot(string[] appeared, State[] states)
    {
        /// <summary>No new lesion known.</summary>
        internal static Snapshot Empty { get; } = new([], []);

        /// <summary>Whether no new lesion is known and none appeared.</summary>
        internal bool IsEmpty => States.Length == 0 && Appeared.Length == 0;

        internal string[] Appeared { get; } = appeared;

        internal State[] States { get; } = states;

        internal bool Any => States.Length > 0;

        internal IReadOnlyList<string> Ids(bool targets)
        {
            List<string>? ids = null;
            foreach (var s in States)
            {
                if (s.Lesion.IsTarget == targets)
                {
                    (ids ??= new List<string>()).Add(s.Lesion.Id);
                }
            }

            return ids ?? (IReadOnlyList<string>)[];
        }

        /// <summary>The NLT sum of measures over <paramref name="ids"/> (null for all NLTs); null when an NLT is not evaluable or unmeasured, with the sum of the measured ones in <paramref name="partial"/>.</summary>
        internal decimal? TargetSum(IReadOnlyCollection<string>? ids, out decimal partial)
        {
            partial = 0m;
            var complete = true;
            var any = false;
            foreach (var s in States)
            {
                if (!s.Lesion.IsTarget || (ids is not null && !Contains(ids, s.Lesion.Id)))
                {
                    continue;
                }

                any = true;
                if (s.Size.HasValue)
                {
                    partial += s.Size.Value;
                }
                else
                {
                    complete = false;
                }
            }

            return any && complete ? partial : null;
        }

        /// <summary>Whether an NLNT among <paramref name="ids"/> grew: its status says progression, or its size is above the reference size.</summary>
        internal IReadOnlyList<string> NonTargetsGrown(IReadOnlyCollection<string>? ids, IReadOnlyDictionary<string, decimal>? referenceSizes)
        {
            List<string>? grown = null;
            foreach (var s in States)
            {
                if (s.Lesion.IsTarget || (ids is not null && !Contains(ids, s.Lesion.Id)))
                {
                    continue;
                }

                if (s.Progressed || GrewBeyond(s, referenceSizes))
                {
                    (grown ??= new List<string>()).Add(s.Lesion.Id);
                }
            }

            return grown ?? (IReadOnlyList<string>)[];
        }

        /// <summary>Whether a measured NLNT is larger than its reference size.</summary>
        private static bool GrewBeyond(State s, IReadOnlyDictionary<string, decimal>? referenceSizes)
        {
            if (!s.Size.HasValue || referenceSizes is null)
            {
                return false;
            }

            var found = referenceSizes.TryGetValue(s.Lesion.Id, out var before);
            return found && s.Size.Value > before;
        }

        /// <summary>The new lesions present now that were not known at an earlier point (<paramref name="before"/>): additional new lesions.</summary>
        internal IReadOnlyList<string> Additional(IReadOnlyCollection<string> before)
        {
            List<string>? result = null;
            foreach (var s in States)
            {
                if (s.Presence == NewLesionPresence.Present && !Contains(before, s.Lesion.Id))
                {
                    (result ??= new List<string>()).Add(s.Lesion.Id);
                }
            }

            return result ?? (IReadOnlyList<string>)[];
        }

        internal Dictionary<string, decimal> NonTargetSizes()
        {
            var sizes = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var s in States)
            {
                if (!s.Lesion.IsTarget && s.Size.HasValue)
                {
                    sizes[s.Lesion.Id] = s.Size.Value;
                }
            }

            return sizes;
        }

        internal IReadOnlyList<string> WithPresence(NewLesionPresence presence, IReadOnlyCollection<string>? ids = null)
        {
            List<string>? result = null;
            foreach (var s in States)
            {
                if (s.Presence == presence && (ids is null || Contains(ids, s.Lesion.Id)))
                {
                    (result ??= new List<string>()).Add(s.Lesion.Id);
                }
            }

            return result ?? (IReadOnlyList<string>)[];
        }

        private static bool Contains(IReadOnlyCollection<string> ids, string id)
        {
            foreach (var x in ids)
            {
                if (x == id)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
