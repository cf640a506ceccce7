namespace Crosscheck.Text;

/// <summary>Month names and their abbreviations ("Nov.", "November"), in English, French, German and Spanish.</summary>
public static class MonthNames
{
    /// <summary>The month's number (1–12), or null when the word is not a month name.</summary>
    public static int? Number(string name) => TextFolding.Fold(name).TrimEnd('.') switch
    {
        "jan" or "january" or "janvier" or "januar" or "enero" => 1,
        "feb" or "february" or "fevrier" or "februar" or "febrero" => 2,
        "mar" or "march" or "mars" or "marz" or "maerz" or "marzo" => 3,
        "apr" or "april" or "avril" or "abril" => 4,
        "may" or "mai" or "mayo" => 5,
        "jun" or "june" or "juin" or "juni" or "junio" => 6,
        "jul" or "july" or "juillet" or "juli" or "julio" => 7,
        "aug" or "august" or "aout" or "agosto" => 8,
        "sep" or "sept" or "september" or "septembre" or "septiembre" => 9,
        "oct" or "october" or "octobre" or "oktober" or "octubre" => 10,
        "nov" or "november" or "novembre" or "noviembre" => 11,
        "dec" or "december" or "decembre" or "dezember" or "diciembre" => 12,
        _ => null,
    };
}
