using System.Collections.Frozen;

namespace Crosscheck.Analysis.Entities;

/// <summary>
/// Common given names of many languages, each with the gender it is usually given to: general knowledge, like the
/// gazetteer's countries. A capitalised name that opens with one is likely a person's ("Helen Pratt"), and a name
/// usually given to women is a weak hint for "she" (a cue printed in the article overrides it). Names given to both
/// (Andrea, Kim, Sasha) are left out. Keys are folded: accents and case do not matter.
/// </summary>
internal static class GivenNames
{
    private const string Female = """
        abigail ada adela adriana agata agnes agnieszka aida aisha alba alejandra alessandra alexandra alice alicia alina
        alison amanda amelia amina amy ana anastasia anca andreea anette angela angelika anita anja anke ann anna anne
        annette annika antonia ariane astrid aurelie barbara beata beatriz beatrice berit birgit bettina blanca brenda
        brigitte bridget camila camille carla carmen carolina caroline catalina catherine cecilia celine charlotte chiara
        christina christine claire clara claudia colette corinna cristina dagmar dana daniela danuta deborah denise diana
        dolores dominika donna dorota dorothy edith elena eleni eleanor elif elisa elisabeth elise elizabeth ella ellen
        elsa emilia emily emma erika esther eva eveline fatima fatma felicity fernanda fiona francesca franziska gabriela
        gabriele gabrielle genevieve georgia gerda gisela giulia grace greta gudrun hanna hannah harriet heather heidi
        helen helena helene helga hilde ida ilona ines ingrid irene irina iris isabel isabella isabelle ivana jacqueline
        jana jane janet janina jasmine jennifer jessica joanna johanna josefina josephine judith julia julie juliette
        justyna karen karin karolina katarzyna katharina kathleen katja katrin kerstin kirsten klara kristina laura lea
        leila lena leonie lidia liesel lily linda lisa liv lotte louise lucia lucy ludmila luisa lydia magdalena maja
        malgorzata margaret margarethe margit maria marianne marie marina marion marta martina mary maryam mathilde
        maya melanie meryem michaela mila milena miriam monica monika nadia nadine nadja natalia natalie natasha nathalie
        nicole nina noor nora olga olivia patricia paula paulina petra pia pilar polly rachel rebecca regina renata rita
        roberta rosa rosalind rose ruth sabine sabrina sandra sara sarah silvia simona simone sofia sonia sophia sophie
        stefanie stella susan susanne svetlana sylvia tamara tanja tatiana teresa theresa ursula valentina valeria
        vanessa vera veronica veronika victoria viktoria virginia wanda yasmin yelena yvonne zeynep zofia zoe zuzana
        """;

    private const string Male = """
        aaron adam adrian ahmed ahmet alan albert alberto aleksander alessandro alexander alexandre alfonso alfred ali
        alvaro anders andre andreas andrei andrew andrzej angelo anton antonio arjun armando arne arnold arthur axel
        benedikt benjamin bernard bernd bjorn boris bruno carl carlos carsten cedric charles christian christoph
        christopher claude claus colin cristian damian daniel david denis dennis diego dieter dimitri dmitri dominik
        donald edgar eduardo edward emil emmanuel enrique eric erik ernst esteban etienne fabian felipe felix fernando
        filip florian francesco francisco francois frank franz fred frederik friedrich gabriel george georg gerhard
        giorgio giovanni giuseppe gonzalo gregor gregory guillaume gunnar gustav hans harald harry hassan heinrich
        helmut henrik henry herbert hugo ian igor ivan jack jacob jakob jakub james jan janusz javier jean jens jeremy
        jesus joachim joao joe johan johann johannes john jonas jonathan jordi jorge jose josef joseph juan julian
        julius jurgen kai karl karol kenneth kevin klaus konrad krzysztof kurt lars laurent leon leonardo leopold lorenzo
        louis luca lucas ludwig luis lukas magnus malcolm manuel marc marcel marco marcus marek mario mark marko martin
        mateo mathias matteo matthew matthias maurice max maximilian michael michel miguel mikhail milan mohamed mohammed
        muhammad nicholas nicolas niklas nikolai nils olaf oleg oliver oscar oskar otto owen pablo paolo patrick paul
        pavel pedro peter philip philipp philippe pierre piotr rafael ralf ramon raul reinhard rene ricardo richard
        robert roberto roger roland roman rudolf ruben samuel sebastian sergei sergio simon stanislav stefan stephen
        steven sven thomas tim timo tobias tomas tomasz torsten ulrich umar victor viktor vincent vladimir walter werner
        wilhelm william wojciech wolfgang xavier yusuf yves
        """;

    private static readonly FrozenDictionary<string, Gender> ByName = Build();

    /// <summary>The gender a given name is usually given to, or <see cref="Gender.Unknown"/> when it is not a known given name.</summary>
    public static Gender Of(string name) =>
        ByName.TryGetValue(Text.TextFolding.Fold(name), out var gender) ? gender : Gender.Unknown;

    /// <summary>Whether <paramref name="name"/> is a known given name.</summary>
    public static bool Contains(string name) => Of(name) != Gender.Unknown;

    private static FrozenDictionary<string, Gender> Build()
    {
        var names = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var n in Female.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)) names[n] = Gender.Female;
        foreach (var n in Male.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            // A name on both lists is given to both: no hint.
            if (!names.TryAdd(n, Gender.Male)) names.Remove(n);
        }
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
