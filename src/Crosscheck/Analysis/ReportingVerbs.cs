using System.Collections.Frozen;

namespace Crosscheck.Analysis;

/// <summary>Verbs that introduce speech ("said", "told") and verbs by which an outlet reports ("reports", "reveals").</summary>
public static class ReportingVerbs
{
    /// <summary>Verbs of saying, in every tense a news text uses for attribution.</summary>
    public static readonly FrozenSet<string> Speech = Words("""
        said says say saying told tells telling stated states stating added adds adding noted notes noting
        explained explains explaining wrote writes writing urged urges urging warned warns warning declared declares
        insisted insists argued argues claimed claims asserted asserts responded responds replied replies answered
        answers emphasized emphasizes emphasised emphasises emphasizing emphasising stressed stresses stressing
        confirmed confirms announced announces suggested suggests admitted admits recalled recalls highlighted
        highlights reveals revealed reported reports commented comments observed remarked continued concluded
        acknowledged tweeted posted called calls calling described describes vowed vows promised pledged
        asked asks asking repeated repeats
        """);

    /// <summary>
    /// Verbs of accusing, which attribute a quote only in the active voice with "of" before it ("X accused Y of
    /// \u201C…\u201D"), never as "was accused of" or as the noun ("the accused").
    /// </summary>
    public static readonly FrozenSet<string> Accusing = Words("accused accuses");

    /// <summary>Verbs that introduce reported speech or thought without quotation marks ("she said the plan failed", "he believes it will").</summary>
    public static readonly FrozenSet<string> Reported = Words("""
        said says say told tells added adds wrote writes argued argues noted notes explained explains claimed claims
        insisted insists warned warns announced announces suggested suggests stated states acknowledged acknowledges
        believes believed thinks thought predicted predicts contended contends maintained maintains asserted asserts
        conceded concedes testified argued agreed agrees estimated estimates complained complains recalled recalls
        saying adding noting arguing warning insisting claiming explaining suggesting
        """);

    /// <summary>Verbs by which a publication or agency is cited as a source.</summary>
    public static readonly FrozenSet<string> Reporting = Words("""
        reports reported reporting writes wrote reveals revealed revealing cites cited citing publishes published
        """);

    /// <summary>Verbs that cite a source only when the subject is an organisation ("Le Monde notes").</summary>
    public static readonly FrozenSet<string> OutletSpeech = Words("""
        notes noted recalls recalled highlights highlighted adds added says said states stated claims claimed
        learned learnt understands confirms confirmed quotes quoted explains explained announces announced
        estimates estimated warns warned disclosed denied
        """);

    private static FrozenSet<string> Words(string list) =>
        list.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
