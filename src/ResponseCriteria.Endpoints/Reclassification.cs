using System;
using System.Collections.Generic;
using System.Linq;
using ResponseCriteria.Endpoints.Statistics;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Endpoints;

/// <summary>What became, under iRECIST, of a subject RECIST 1.1 called progressed.</summary>
public enum ProgressionFate
{
    /// <summary>iRECIST confirmed it (iCPD).</summary>
    Confirmed,

    /// <summary>Pseudoprogression: an iUPD that a later assessment reset (iSD, iPR, iCR or iNon-CR/Non-PD) before any confirmation.</summary>
    Reset,

    /// <summary>An iUPD never confirmed nor reset (the subject's last assessment, or only NE after it).</summary>
    Unconfirmed,
}

/// <summary>
/// RECIST 1.1 against iRECIST on the same subjects: the best-response table, what became of each RECIST 1.1 progression
/// (confirmed, reset — pseudoprogression —, or left unconfirmed) and the pseudoprogression rate.
/// </summary>
public sealed class Reclassification
{
    private Reclassification(IReadOnlyDictionary<(string Recist, string IRecist), int> table, IReadOnlyDictionary<string, ProgressionFate> fates, Proportion pseudoprogression, KaplanMeier pfs, KaplanMeier ipfs, int later)
    {
        BestResponses = table;
        Fates = fates;
        Pseudoprogression = pseudoprogression;
        ProgressionFreeSurvival = pfs;
        ImmuneProgressionFreeSurvival = ipfs;
        EventLater = later;
    }

    /// <summary>Subjects by (RECIST 1.1 BOR, iRECIST BOR), for subjects assessed under both.</summary>
    public IReadOnlyDictionary<(string Recist, string IRecist), int> BestResponses { get; }

    /// <summary>Each RECIST 1.1-progressed subject's fate under iRECIST, by USUBJID.</summary>
    public IReadOnlyDictionary<string, ProgressionFate> Fates { get; }

    /// <summary>Subjects whose RECIST 1.1 progression iRECIST reset, among the RECIST 1.1-progressed (with its exact interval).</summary>
    public Proportion Pseudoprogression { get; }

    /// <summary>RECIST 1.1 PFS of the subjects with both (Kaplan–Meier, log-log limits at the level asked).</summary>
    public KaplanMeier ProgressionFreeSurvival { get; }

    /// <summary>iPFS of the same subjects: how much the median moves is the difference of the two medians.</summary>
    public KaplanMeier ImmuneProgressionFreeSurvival { get; }

    /// <summary>Subjects whose iPFS ends later than their PFS, or is censored where PFS was an event.</summary>
    public int EventLater { get; }

    /// <summary>Compares the two readings of the same subjects.</summary>
    /// <param name="recist">The RECIST 1.1 endpoints.</param>
    /// <param name="irecist">The iRECIST endpoints.</param>
    /// <param name="level">The confidence level of the rate (default 0.95).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The endpoints are not RECIST 1.1 and iRECIST.</exception>
    public static Reclassification Compare(StudyEndpoints recist, StudyEndpoints irecist, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(recist);
        ArgumentNullException.ThrowIfNull(irecist);
        if (recist.Criteria != Criteria.Recist11 || irecist.Criteria != Criteria.IRecist)
        {
            throw new ArgumentException("expected RECIST 1.1 endpoints, then iRECIST endpoints");
        }

        var immune = irecist.Responses.Where(r => r.Analysed.Count > 0).ToDictionary(r => r.Subject.Usubjid, StringComparer.Ordinal);
        var table = new SortedDictionary<(string, string), int>();
        var fates = new SortedDictionary<string, ProgressionFate>(StringComparer.Ordinal);
        foreach (var r in recist.Responses.Where(r => r.Analysed.Count > 0 && immune.ContainsKey(r.Subject.Usubjid)))
        {
            var i = immune[r.Subject.Usubjid];
            var key = (r.BestCode, i.BestCode);
            table[key] = table.GetValueOrDefault(key) + 1;
            if (r.ProgressionDate is not null)
            {
                fates[r.Subject.Usubjid] = i.ProgressionDate is not null ? ProgressionFate.Confirmed : WasReset(i) ? ProgressionFate.Reset : ProgressionFate.Unconfirmed;
            }
        }

        var reset = fates.Values.Count(f => f == ProgressionFate.Reset);
        var pfs = recist.TimeToEvent.Where(t => t.ParamCd == "PFS" && t.Aval is not null).ToDictionary(t => t.Usubjid, StringComparer.Ordinal);
        var ipfs = irecist.TimeToEvent.Where(t => t.ParamCd == "IPFS" && t.Aval is not null && pfs.ContainsKey(t.Usubjid)).ToDictionary(t => t.Usubjid, StringComparer.Ordinal);
        var both = pfs.Values.Where(t => ipfs.ContainsKey(t.Usubjid)).ToArray();
        var later = both.Count(p => p.Cnsr == 0 && (ipfs[p.Usubjid].Cnsr == 1 || ipfs[p.Usubjid].Adt > p.Adt));
        return new Reclassification(
            table,
            fates,
            Proportion.Of(reset, fates.Count, level),
            KaplanMeier.Estimate(both.Select(t => ((double)t.Aval!.Value, t.Cnsr == 0)), level),
            KaplanMeier.Estimate(both.Select(t => ipfs[t.Usubjid]).Select(t => ((double)t.Aval!.Value, t.Cnsr == 0)), level),
            later);
    }

    /// <summary>Whether an iUPD was followed by a call below the progression thresholds before any iCPD.</summary>
    private static bool WasReset(SubjectResponse immune)
    {
        var pending = false;
        foreach (var call in immune.Analysed)
        {
            switch (call.Response)
            {
                case Response.UnconfirmedProgression or Response.ProgressiveDisease:
                    pending = true;
                    break;
                case Response.ConfirmedProgression:
                    return false;
                case Response.NotEvaluable:
                    break;
                default:
                    if (pending)
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }
}
