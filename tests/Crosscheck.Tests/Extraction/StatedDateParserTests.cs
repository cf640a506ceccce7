using Crosscheck.Extraction;

namespace Crosscheck.Tests.Extraction;

public sealed class StatedDateParserTests
{
    [Theory]
    [InlineData("2024-11-25", "2024-11-25")]
    [InlineData("date 2025-03-04T16:12:00+02:00", "2025-03-04")]
    [InlineData("25/11/2024", "2024-11-25")]
    [InlineData("11/25/2024", "2024-11-25")]
    [InlineData("12.05.2025 09:14", "2025-05-12")]
    [InlineData("November 25, 2024, Monday // 16:12", "2024-11-25")]
    [InlineData("Nov. 25 2024", "2024-11-25")]
    [InlineData("Tuesday 12 May 2025", "2025-05-12")]
    [InlineData("May 12, 2025 at 9:14 am", "2025-05-12")]
    [InlineData("12th of May, 2025", "2025-05-12")]
    [InlineData("Published: 3 mars 2025", "2025-03-03")]
    [InlineData("Updated 14:32 GMT", null)]
    [InlineData("Nov. 25", null)]
    [InlineData("31/02/2025", null)]
    [InlineData("Room 2024-99-99", null)]
    public void Reads_full_dates_in_common_forms(string text, string? expected) =>
        Assert.Equal(expected, StatedDateParser.Parse(text)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
