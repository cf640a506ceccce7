namespace Crosscheck.Dedup;

/// <summary>
/// The banding of a MinHash LSH index: signatures are cut into <see cref="Bands"/> bands of <see cref="Rows"/>
/// values, and two sets become candidates when any band matches, which happens with probability
/// <c>1 − (1 − s^rows)^bands</c> for Jaccard similarity <c>s</c>.
/// </summary>
public sealed record LshParameters
{
    /// <param name="bands">Number of bands (≥ 1).</param>
    /// <param name="rows">Signature values per band (≥ 1).</param>
    public LshParameters(int bands, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        Bands = bands;
        Rows = rows;
    }

    public int Bands { get; }

    public int Rows { get; }

    /// <summary>The signature length the banding uses: <c>Bands × Rows</c>.</summary>
    public int SignatureValuesUsed => Bands * Rows;

    /// <summary>The probability that two sets of Jaccard similarity <paramref name="similarity"/> become candidates.</summary>
    public double CandidateProbability(double similarity) => 1 - Math.Pow(1 - Math.Pow(similarity, Rows), Bands);

    /// <summary>
    /// The banding that minimises the weighted sum of the false-positive probability (area under the candidate
    /// curve below <paramref name="threshold"/>) and the false-negative probability (area above the curve beyond the
    /// threshold), searching every <c>bands × rows ≤ permutations</c>, as datasketch's <c>MinHashLSH</c> does.
    /// </summary>
    public static LshParameters Optimal(double threshold, int permutations, double falsePositiveWeight = 0.5, double falseNegativeWeight = 0.5)
    {
        if (threshold is <= 0 or >= 1 || double.IsNaN(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The Jaccard threshold must lie strictly between 0 and 1, e.g. 0.8.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(permutations, 2);
        if (falsePositiveWeight < 0 || falseNegativeWeight < 0 || falsePositiveWeight + falseNegativeWeight <= 0)
        {
            throw new ArgumentException("The false-positive and false-negative weights must be non-negative and not both zero.");
        }
        var best = new LshParameters(1, 1);
        var bestError = double.PositiveInfinity;
        for (var bands = 1; bands <= permutations; bands++)
        {
            var maxRows = permutations / bands;
            for (var rows = 1; rows <= maxRows; rows++)
            {
                var b = bands;
                var r = rows;
                var falsePositive = Integrate(s => 1 - Math.Pow(1 - Math.Pow(s, r), b), 0, threshold);
                var falseNegative = Integrate(s => Math.Pow(1 - Math.Pow(s, r), b), threshold, 1);
                var error = falsePositive * falsePositiveWeight + falseNegative * falseNegativeWeight;
                if (error < bestError)
                {
                    bestError = error;
                    best = new LshParameters(bands, rows);
                }
            }
        }
        return best;
    }

    /// <summary>Composite Simpson's rule.</summary>
    private static double Integrate(Func<double, double> f, double from, double to)
    {
        const int Intervals = 128;
        var h = (to - from) / Intervals;
        var sum = f(from) + f(to);
        for (var i = 1; i < Intervals; i++) sum += f(from + i * h) * (i % 2 == 1 ? 4 : 2);
        return sum * h / 3;
    }
}
