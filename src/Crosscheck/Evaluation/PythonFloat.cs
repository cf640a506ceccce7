using System.Globalization;
using System.Numerics;
using System.Text;

namespace Crosscheck.Evaluation;

/// <summary>
/// Python's fixed-point float formatting (<c>f"{x:.4f}"</c>), so that ported scorers print the reference scripts'
/// lines exactly. Python rounds the exact binary value of the double to the nearest decimal, ties to even
/// (<c>0.03125</c> → <c>0.0312</c>); .NET's <c>"F4"</c> breaks such ties away from zero.
/// </summary>
public static class PythonFloat
{
    /// <summary>The double with <paramref name="decimals"/> digits after the point, as Python's <c>:.Nf</c> prints it.</summary>
    public static string Fixed(double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";

        // value = mantissa · 2^exponent exactly; scaled = value · 10^decimals as a fraction numerator / denominator.
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var mantissa = new BigInteger(bits & 0xFFFFFFFFFFFFFL);
        if (exponentBits != 0) mantissa += BigInteger.One << 52;
        var exponent = (exponentBits == 0 ? 1 : exponentBits) - 1075;
        var numerator = mantissa * BigInteger.Pow(10, decimals);
        var denominator = BigInteger.One;
        if (exponent >= 0) numerator <<= exponent;
        else denominator <<= -exponent;

        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !quotient.IsEven)) quotient += 1;

        var digits = quotient.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var text = new StringBuilder();
        if (double.IsNegative(value)) text.Append('-');
        text.Append(digits, 0, digits.Length - decimals);
        if (decimals > 0) text.Append('.').Append(digits, digits.Length - decimals, decimals);
        return text.ToString();
    }
}
