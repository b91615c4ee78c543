using System;
using System.Collections.Generic;
using System.Linq;
using ResponseCriteria.Endpoints.Statistics;
using ResponseCriteria.Responses;

namespace ResponseCriteria.Endpoints;

/// <summary>Which subjects the response rates count.</summary>
public enum ResponsePopulation
{
    /// <summary>Every subject with a reference date (randomised or treated: intention to treat).</summary>
    Randomised,

    /// <summary>Subjects with a reference date and measurable disease at baseline (MDIS Y): the response-evaluable set.</summary>
    MeasurableDisease,
}

/// <summary>How the study summary is computed.</summary>
public sealed class SummaryOptions
{
    /// <summary>The defaults: 95% intervals, Clopper–Pearson for rates, log-log for survival, every randomised subject, at-risk counts every 8 weeks.</summary>
    public static SummaryOptions Default { get; } = new();

    /// <summary>The confidence level (default 0.95).</summary>
    public double Level { get; init => field = value > 0 && value < 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "expected a level strictly between 0 and 1"); } = 0.95;

    /// <summary>The interval of response rates (default Clopper–Pearson).</summary>
    public ProportionInterval RateInterval { get; init; } = ProportionInterval.ClopperPearson;

    /// <summary>The transformation of survival confidence limits (default log-log).</summary>
    public SurvivalInterval SurvivalInterval { get; init; } = SurvivalInterval.LogLog;

    /// <summary>Which subjects the response rates count (default every randomised subject).</summary>
    public ResponsePopulation Population { get; init; } = ResponsePopulation.Randomised;

    /// <summary>The spacing of the numbers-at-risk table in days (default 56: every 8 weeks).</summary>
    public int AtRiskEveryDays { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "expected days above 0"); } = 56;
}

/// <summary>A time-to-event endpoint of one arm: the Kaplan–Meier curve, median and quartiles, and numbers at risk.</summary>
public sealed class SurvivalSummary
{
    internal SurvivalSummary(string paramcd, KaplanMeier curve, int every)
    {
        ParamCd = paramcd;
        Curve = curve;
        var last = curve.Points.Count == 0 ? 0 : curve.Points[^1].Time;
        AtRisk = Enumerable.Range(0, (int)(last / every) + 1).Select(i => (Time: (double)(i * every), Count: curve.AtRisk(i * every))).ToArray();
    }

    /// <summary>PARAMCD (PFS, IPFS, OS, RSD).</summary>
    public string ParamCd { get; }

    /// <summary>The curve.</summary>
    public KaplanMeier Curve { get; }

    /// <summary>The median with its interval.</summary>
    public SurvivalQuantile Median => Curve.Median;

    /// <summary>The first quartile (25% of events).</summary>
    public SurvivalQuantile FirstQuartile => Curve.Quantile(0.25);

    /// <summary>The third quartile (75% of events).</summary>
    public SurvivalQuantile ThirdQuartile => Curve.Quantile(0.75);

    /// <summary>Subjects at risk at 0, every <see cref="SummaryOptions.AtRiskEveryDays"/> days, to the last time.</summary>
    public IReadOnlyList<(double Time, int Count)> AtRisk { get; }
}

/// <summary>The endpoints of one arm (or of all subjects).</summary>
public sealed class ArmSummary
{
    internal ArmSummary(string arm, int subjects, Proportion response, Proportion confirmedResponse, Proportion diseaseControl, IReadOnlyList<SurvivalSummary> survival)
    {
        Arm = arm;
        Subjects = subjects;
        ObjectiveResponse = response;
        ConfirmedObjectiveResponse = confirmedResponse;
        DiseaseControl = diseaseControl;
        Survival = survival;
    }

    /// <summary>The arm (ARM), or "All subjects".</summary>
    public string Arm { get; }

    /// <summary>The subjects of the arm with a reference date.</summary>
    public int Subjects { get; }

    /// <summary>ORR: BOR CR or PR (BCP), confirmation not required.</summary>
    public Proportion ObjectiveResponse { get; }

    /// <summary>Confirmed ORR: confirmed BOR CR or PR (CBCP).</summary>
    public Proportion ConfirmedObjectiveResponse { get; }

    /// <summary>DCR: a response, or SD/Non-CR/Non-PD at least the clinical-benefit minimum after the reference date (CB).</summary>
    public Proportion DiseaseControl { get; }

    /// <summary>PFS (or IPFS), OS and duration of response, where the arm has records.</summary>
    public IReadOnlyList<SurvivalSummary> Survival { get; }
}

/// <summary>
/// The study's summary: response rates with exact intervals, Kaplan–Meier medians and numbers at risk, by arm and for all
/// subjects, and log-rank tests between the arms.
/// </summary>
public sealed class StudySummary
{
    /// <summary>The name of the all-subjects row.</summary>
    public const string AllSubjects = "All subjects";

    /// <summary>The name of the row of subjects without an arm, when other subjects have one.</summary>
    public const string NoArm = "(no arm)";

    private StudySummary(Criteria criteria, SummaryOptions options, IReadOnlyList<ArmSummary> arms, IReadOnlyList<(string ParamCd, LogRank Test)> comparisons)
    {
        Criteria = criteria;
        Options = options;
        Arms = arms;
        Comparisons = comparisons;
    }

    /// <summary>The criteria of the calls.</summary>
    public Criteria Criteria { get; }

    /// <summary>The options used.</summary>
    public SummaryOptions Options { get; }

    /// <summary>All subjects first, then each arm in ordinal order (no arm rows when no subject has an arm).</summary>
    public IReadOnlyList<ArmSummary> Arms { get; }

    /// <summary>The log-rank test between the arms for each time-to-event parameter (when there are two arms or more; subjects without an arm form a group).</summary>
    public IReadOnlyList<(string ParamCd, LogRank Test)> Comparisons { get; }

    /// <summary>Summarises a study's endpoints.</summary>
    /// <param name="endpoints">The endpoints.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> is null.</exception>
    public static StudySummary Of(StudyEndpoints endpoints, SummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        options ??= SummaryOptions.Default;
        var population = endpoints.Responses.Where(r => r.Subject.ReferenceDate is not null
            && (options.Population == ResponsePopulation.Randomised || r.MeasurableDisease == true)).ToArray();
        var arms = new List<ArmSummary> { Arm(AllSubjects, population, endpoints.TimeToEvent, options) };
        // One row per arm; none when no subject has an arm (e.g. case files), "(no arm)" for subjects without one among arms.
        var names = endpoints.Responses.Where(r => r.Subject.ReferenceDate is not null).Select(r => r.Subject.Arm).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (names is [""])
        {
            names = [];
        }

        foreach (var name in names)
        {
            arms.Add(Arm(name.Length == 0 ? NoArm : name, population.Where(r => r.Subject.Arm == name).ToArray(), endpoints.TimeToEvent.Where(t => t.Arm == name).ToArray(), options));
        }

        var comparisons = new List<(string, LogRank)>();
        if (names.Length > 1)
        {
            foreach (var paramcd in endpoints.TimeToEvent.Select(t => t.ParamCd).Distinct().Order(StringComparer.Ordinal))
            {
                comparisons.Add((paramcd, LogRank.Test(endpoints.TimeToEvent.Where(t => t.ParamCd == paramcd && t.Aval is not null).Select(t => (t.Arm, (double)t.Aval!.Value, t.Cnsr == 0)))));
            }
        }

        return new StudySummary(endpoints.Criteria, options, arms, comparisons);
    }

    private static ArmSummary Arm(string name, SubjectResponse[] subjects, IEnumerable<AdtteRecord> times, SummaryOptions options)
    {
        Proportion Rate(Func<SubjectResponse, bool> counted) => Proportion.Of(subjects.Count(counted), subjects.Length, options.Level, options.RateInterval);
        var survival = times.Where(t => t.Aval is not null).GroupBy(t => t.ParamCd).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SurvivalSummary(g.Key, KaplanMeier.Estimate(g.Select(t => ((double)t.Aval!.Value, t.Cnsr == 0)), options.Level, options.SurvivalInterval), options.AtRiskEveryDays))
            .ToArray();
        return new ArmSummary(name, subjects.Length, Rate(r => r.IsResponder), Rate(r => r.IsConfirmedResponder), Rate(r => r.ClinicalBenefitDate is not null), survival);
    }
}
