using System.Globalization;

namespace Crosscheck.Storage;

/// <summary>
/// Moments as every provider keeps them: UTC, to the microsecond (PostgreSQL's precision), so a time read back equals
/// the time written whichever database holds it. As text (SQLite) they sort in time order.
/// </summary>
public static class StoreTimestamps
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    /// <summary>The moment in UTC, cut to whole microseconds.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset moment)
    {
        var utc = moment.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }

    public static string ToText(DateTimeOffset moment) => Normalize(moment).ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset FromText(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string? DateToText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? DateFromText(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
