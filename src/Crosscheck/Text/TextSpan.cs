namespace Crosscheck.Text;

/// <summary>A half-open range <c>[Start, Start + Length)</c> of UTF-16 code units in some text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public string Slice(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}..{End})";
}
