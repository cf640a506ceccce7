using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Crosscheck.Analysis;
using Crosscheck.Text;

namespace Crosscheck.Comparison;

/// <summary>
/// Finds retellings that give one role to different named parties. A role is either the agent of a verb of running,
/// owning or bringing, keyed by the verb's sense and the head of what it acts on ("the Cinderwake, operated by X"
/// against "the Cinderwake, run by Y"; "the case was brought by X" against "… brought by Y"; "the train belonged to
/// X"), a post someone was appointed to ("the court named X as administrator" against "… appointed Y as administrator"),
/// or a possessive apposition ("Lumiq's largest shareholder, X" against "Y, Lumiq's largest shareholder"). The
/// parties must be people or organisations of one type, and no article may give the role to both: an article that
/// names two operators is telling a change of hands, not a different version.
/// </summary>
internal static partial class RoleConflictDetector
{
    /// <summary>Verbs whose agent fills a role of what they act on, by sense: "run" and "operated" are one role.</summary>
    private static readonly FrozenDictionary<string, string> AgentVerbs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["operated"] = "operated", ["run"] = "operated", ["managed"] = "operated",
        ["owned"] = "owned", ["belonged"] = "owned", ["belongs"] = "owned",
        ["brought"] = "brought", ["filed"] = "brought", ["lodged"] = "brought",
        ["led"] = "led", ["headed"] = "led", ["chaired"] = "led",
        ["built"] = "built", ["commissioned"] = "commissioned",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>"the ferry, operated by", "the case was brought by", "a freight train run by the state company", "the train belonged to".</summary>
    [GeneratedRegex(@"(?<head>(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3}[\p{L}][\p{L}\p{M}'’-]*)(?:\s*,)?\s+(?:(?:was|were|is|are|being|has\s+been|had\s+been)\s+)?(?<verb>\p{Ll}+)\s+(?<prep>by|to)\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,4}$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex AgentBefore();

    /// <summary>A possessive role right before a name: "Lumiq's largest shareholder, Fennick Capital".</summary>
    [GeneratedRegex(@"(?<owner>\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,3})['’]s\s+(?<role>(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s*,\s*(?:the\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex RoleBefore();

    /// <summary>A possessive role right after a name: "the Aldersgate Pension Fund, Lumiq's largest shareholder,".</summary>
    [GeneratedRegex(@"^\s*,\s*(?<owner>\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,3})['’]s\s+(?<role>(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s*[,.;]",
        RegexOptions.CultureInvariant)]
    private static partial Regex RoleAfter();

    /// <summary>A verb of appointing right before a name: "the court named ", "has appointed the ".</summary>
    [GeneratedRegex(@"\b(?:appointed|named|hired|chose|chosen|picked|selected|installed)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex AppointedBefore();

    /// <summary>The post a name was appointed to, right after it: " as administrator", " as its new chief executive".</summary>
    [GeneratedRegex(@"^\s+as\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:new\s+|interim\s+|sole\s+)?(?<role>\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}?)(?=\s*(?:[,.;]|$|\s+(?:on|in|at|last|this|after|to|for|by|of|and|while|with)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex AsRoleAfter();

    /// <summary>
    /// Posts one holder fills, by their head word: "named X as administrator" appoints, "named X as a suspect" does not.
    /// </summary>
    private static readonly FrozenSet<string> Posts = new[]
    {
        "administrator", "administrators", "receiver", "receivers", "liquidator", "liquidators", "chair", "chairman", "chairwoman",
        "chairperson", "chief", "director", "manager", "coach", "president", "secretary", "minister", "governor", "ambassador",
        "editor", "head", "captain", "commissioner", "auditor", "auditors", "trustee", "mediator", "arbitrator", "adviser", "advisor",
        "spokesman", "spokeswoman", "spokesperson", "officer", "executive", "leader", "successor", "deputy", "judge", "prosecutor",
        "envoy", "curator", "conductor", "contractor", "architect", "operator", "partner", "sponsor", "provider", "supplier",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A party given a role in one unit.</summary>
    private sealed record Assignment(string Role, string About, string Party, EntityType Type, ClaimUnit Unit);

    /// <summary>Characters of text around a name within which its role is looked for.</summary>
    private const int Reach = 80;

    public static ImmutableArray<Conflict> Detect(IReadOnlyList<ClaimUnit> units, StoryAnalysis analysis, int maxConflicts)
    {
        if (maxConflicts <= 0 || analysis.Entities.IsDefaultOrEmpty) return [];
        var parties = ConflictDetector.NamedParties(analysis);
        var assignments = new List<Assignment>();
        foreach (var unit in units)
        {
            foreach (var term in unit.Terms)
            {
                if (term.Kind != ClaimTermKind.Name || !parties.TryGetValue(term.Key, out var type)) continue;
                if (RoleOf(unit, term) is { } role) assignments.Add(new Assignment(role.Key, role.About, term.Key, type, unit));
            }
        }

        var conflicts = new List<(int First, Conflict Conflict)>();
        foreach (var role in assignments.GroupBy(a => a.Role, StringComparer.Ordinal))
        {
            // A holder of a person's role ("Lumiq's chief executive") is of one type; who ran or owned a thing may be
            // told of a name the recogniser could not type ("the Cinderwake, operated by Bellhollow Line").
            if (role.Key.StartsWith("role:", StringComparison.Ordinal) && role.Select(a => a.Type).Distinct().Count() > 1) continue;
            var versions = ConflictVersions.ByParty(role.Select(a => (a.Party, a.Unit)));
            if (versions.IsEmpty) continue;
            conflicts.Add((role.Min(a => a.Unit.Index), new Conflict(role.First().About, versions)));
        }
        return conflicts.OrderBy(c => c.First).Take(maxConflicts).Select(c => c.Conflict).ToImmutableArray();
    }

    /// <summary>The role a name is given where it stands, with a description of it, or null.</summary>
    private static (string Key, string About)? RoleOf(ClaimUnit unit, ClaimTerm name)
    {
        var text = unit.Article.Text;
        var start = Math.Max(unit.Span.Start, name.Span.Start - Reach);
        var agent = AgentBefore().Match(text, start, name.Span.Start - start);
        if (agent.Success && AgentVerbs.TryGetValue(agent.Groups["verb"].Value, out var sense)
            && agent.Groups["verb"].Value.StartsWith("belong", StringComparison.Ordinal) == (agent.Groups["prep"].Value == "to"))
        {
            // The head is the last word of what is acted on; a name is kept whole for the description ("the Tarn Star").
            var named = agent.Groups["head"].Value;
            if (named.StartsWith("The ", StringComparison.Ordinal) || named.StartsWith("A ", StringComparison.Ordinal)) named = named[(named.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            var head = TextFolding.Fold(named[(named.LastIndexOf(' ') + 1)..]);
            if (!Stopwords.IsStopword(head)) return ($"{sense}:{LightStemmer.Stem(head)}", $"who {sense} the {named}");
        }
        var end = Math.Min(unit.Span.End, name.Span.End + Reach);
        // "The court named Orrin & Haskett as administrator" against "… has appointed Veldkamp Restructuring as administrator".
        if (AppointedBefore().Match(text, start, name.Span.Start - start).Success && AsRoleAfter().Match(text, name.Span.End, end - name.Span.End) is { Success: true } post
            && Posts.Contains(post.Groups["role"].Value[(post.Groups["role"].Value.LastIndexOf(' ') + 1)..]))
        {
            var role = post.Groups["role"].Value;
            return ("appointed:" + string.Join(' ', role.Split(' ').Select(w => LightStemmer.Stem(TextFolding.Fold(w)))), $"who was appointed {role}");
        }
        var before = RoleBefore().Match(text, start, name.Span.Start - start);
        if (before.Success) return PossessiveRole(before);
        var after = RoleAfter().Match(text, name.Span.End, end - name.Span.End);
        return after.Success ? PossessiveRole(after) : null;
    }

    /// <summary>"Lumiq's largest shareholder": one holder, so a role; a plural ("Lumiq's advisers") has several.</summary>
    private static (string Key, string About)? PossessiveRole(Match match)
    {
        var words = match.Groups["role"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1];
        if (last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal)) return null;
        var owner = TextFolding.Fold(match.Groups["owner"].Value);
        var key = "role:" + owner + " " + string.Join(' ', words.Select(w => LightStemmer.Stem(TextFolding.Fold(w))));
        return (key, $"who is {match.Groups["owner"].Value}'s {match.Groups["role"].Value}");
    }
}
