using Crosscheck.Clustering;

namespace Crosscheck.Tests.Clustering;

/// <summary>
/// What the clusterer reads from a document: stemmed, folded content words (title words boosted), name words and
/// numbers. Guards of the feature scan, which reads tokens as bounds and folds and stems words in buffers; the text is
/// invented.
/// </summary>
public sealed class DocumentFeaturesTests
{
    private static DocumentFeatures Of(string title, string text) => DocumentFeatures.Of(new ClusterDocument("d", title, text), titleWeight: 2.0);

    [Fact]
    public void Content_words_are_lower_cased_accent_folded_and_stemmed_without_function_words()
    {
        var features = Of("", "The ferries were cancelled in Ørnvik. Striking crews said talks had stopped.");

        Assert.Contains("ferry", features.Terms.Keys);
        Assert.Contains("cancell", features.Terms.Keys);
        Assert.Contains("ornvik", features.Terms.Keys);
        Assert.Contains("strik", features.Terms.Keys);
        Assert.Contains("stop", features.Terms.Keys);
        Assert.DoesNotContain("the", features.Terms.Keys);
        Assert.DoesNotContain("were", features.Terms.Keys);
        Assert.DoesNotContain("said", features.Terms.Keys);
    }

    [Fact]
    public void A_possessive_counts_as_its_word_and_repeats_weigh_by_their_logarithm()
    {
        var features = Of("", "Halvard's winch broke. The winch was new. Halvard said the winch had passed.");

        Assert.Equal(1 + Math.Log(3), features.Terms["winch"], 10);
        Assert.Equal(1 + Math.Log(2), features.Terms["halvard"], 10);
    }

    [Fact]
    public void Title_words_add_the_title_weight_to_their_body_weight()
    {
        var features = Of("Winch falls on quay", "A winch fell onto the quay.");

        Assert.Equal(1 + 2.0, features.Terms["winch"], 10);
        Assert.Equal(2.0, features.Terms["fall"], 10);
    }

    [Fact]
    public void Name_words_are_capitalised_words_inside_sentences_or_starting_a_run_of_them()
    {
        var features = Of("Harbour Master Resigns", "Officials met on Monday. Harbour Master Ilse Varg resigned.\nDockers cheered.");

        Assert.Contains("monday", features.Names.Keys);
        Assert.Contains("harbour", features.Names.Keys);
        Assert.Contains("master", features.Names.Keys);
        Assert.Contains("varg", features.Names.Keys);
        // Sentence-initial words alone are not names, and the title gives none.
        Assert.DoesNotContain("officials", features.Names.Keys);
        Assert.DoesNotContain("dockers", features.Names.Keys);
        Assert.DoesNotContain("resigns", features.Names.Keys);
    }

    [Fact]
    public void Numbers_lose_their_thousands_separators_and_single_digits_are_left_out()
    {
        var features = Of("", "About 12,400 tonnes in 3 ships, worth Kr2bn, left on 2031-04-09.");

        Assert.Contains("12400", features.Numbers.Keys);
        Assert.Contains("2031-04-09", features.Numbers.Keys);
        Assert.DoesNotContain("3", features.Numbers.Keys);
        // A glued amount ("Kr2bn") is its code, its number and its magnitude: "2" is one digit, the others too short for terms.
        Assert.DoesNotContain("kr2bn", features.Terms.Keys);
        Assert.DoesNotContain("2", features.Numbers.Keys);
    }

    [Fact]
    public void A_word_longer_than_the_scan_buffers_is_still_a_term()
    {
        var longWord = "pneumonoultramicroscopicsilicovolcanoconiosisesandotherlongwordings";
        var features = Of("", $"Doctors named it {longWord} yesterday.");

        Assert.Contains(Crosscheck.Text.LightStemmer.Stem(longWord), features.Terms.Keys);
    }
}
