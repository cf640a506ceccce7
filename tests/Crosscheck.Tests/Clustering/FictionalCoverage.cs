using Crosscheck.Clustering;

namespace Crosscheck.Tests.Clustering;

/// <summary>
/// Invented news coverage: three events, each retold by three outlets in their own words (same people, places and
/// numbers), plus three unrelated articles. Every name, place and figure here is fictional.
/// </summary>
internal static class FictionalCoverage
{
    public static readonly IReadOnlyList<(string Id, string Story, ClusterDocument Document)> Articles =
    [
        ("bridge-a", "bridge", Doc("bridge-a", "Harbour bridge in Vellmar partly collapses, 14 hurt", new DateOnly(2031, 3, 4), """
            A section of the Kessel harbour bridge in Vellmar gave way on Tuesday morning, injuring 14 people, the city said.
            Mayor Ilse Brandt told reporters that two lorries and a tram were on the span when the deck dropped about four metres.
            The bridge, opened in 1962, had been scheduled for repairs next year after an inspection found corroded cables.
            Engineer Tomas Rieck, who led that inspection, said the cables on the eastern side were the most worn.
            Rescue teams from Vellmar and neighbouring Ostrand worked through the afternoon to free a driver trapped in his cab.
            """)),
        ("bridge-b", "bridge", Doc("bridge-b", "Fourteen injured as Vellmar's Kessel bridge gives way", new DateOnly(2031, 3, 4), """
            Fourteen people were hurt when part of the Kessel bridge over Vellmar harbour fell into the water on Tuesday.
            According to Mayor Ilse Brandt, a tram and two lorries were crossing at the moment of the collapse.
            The structure dates from 1962. Inspectors had warned last autumn that several of its steel cables were corroding.
            Tomas Rieck, the engineer who wrote the inspection report, said repairs had been planned for the coming year.
            Firefighters from Ostrand joined Vellmar crews to rescue a lorry driver who was stuck for several hours.
            """)),
        ("bridge-c", "bridge", Doc("bridge-c", "Questions over corroded cables after Vellmar bridge failure", new DateOnly(2031, 3, 5), """
            Vellmar's mayor, Ilse Brandt, has ordered an inquiry after the Kessel harbour bridge partially collapsed, leaving 14 people injured.
            The 1962 bridge was carrying a tram and two heavy goods vehicles when its deck sank.
            An inspection led by engineer Tomas Rieck had flagged worn cables on the eastern side, but work was not due to start until next year.
            Emergency services from Ostrand helped free a trapped driver, officials said.
            """)),
        ("recall-a", "recall", Doc("recall-a", "Korrin Biotech recalls 40,000 insulin pens over dosing fault", new DateOnly(2031, 3, 4), """
            Korrin Biotech is recalling 40,000 insulin pens after finding that a faulty dial can deliver the wrong dose, the company said on Tuesday.
            Chief executive Adaeze Okafor said no patients had been harmed so far but urged users to check the batch number printed on the box.
            The pens were made at the firm's plant in Lindqvist between June and September.
            The national medicines regulator said it had been informed and was reviewing the company's quality checks.
            Pharmacies will exchange affected pens free of charge.
            """)),
        ("recall-b", "recall", Doc("recall-b", "Insulin pen maker Korrin pulls 40,000 devices", new DateOnly(2031, 3, 5), """
            Drugmaker Korrin Biotech has pulled about 40,000 insulin pens from pharmacies because a defective dial may give patients an incorrect dose.
            Adaeze Okafor, the company's chief executive, said there were no reports of harm and asked patients to compare batch numbers with a list online.
            The affected pens came from the Lindqvist factory and were produced from June to September.
            The medicines regulator is examining Korrin's quality control, a spokesperson said.
            """)),
        ("recall-c", "recall", Doc("recall-c", "Patients told to check pens as Korrin Biotech recall widens", new DateOnly(2031, 3, 6), """
            Patients using Korrin Biotech insulin pens should check their batch numbers, chief executive Adaeze Okafor said, as the recall of 40,000 devices reached pharmacies.
            The fault lies in a dial that can set the wrong dose. The pens were assembled at the Lindqvist plant between June and September.
            Okafor said no one had been harmed. The regulator is reviewing how the defect escaped the company's checks.
            Pharmacists will swap the pens at no cost.
            """)),
        ("vote-a", "vote", Doc("vote-a", "Estorian parliament approves water tax by 212 votes to 95", new DateOnly(2031, 3, 4), """
            The Estorian parliament approved a national water tax on Wednesday by 212 votes to 95 after a night of debate.
            Finance Minister Lucas Ferreira said the levy would raise money to replace leaking pipes in the country's oldest cities.
            Opposition leader Marta Quintal called the tax a burden on farmers and promised to challenge it in the constitutional court.
            Households will pay the new charge from January, according to the finance ministry.
            """)),
        ("vote-b", "vote", Doc("vote-b", "Ferreira wins water tax vote despite farmers' anger", new DateOnly(2031, 3, 5), """
            Lawmakers in Estoria backed Finance Minister Lucas Ferreira's water tax, with 212 in favour and 95 against.
            Ferreira argued the money was needed to modernise ageing pipe networks that lose a third of their water.
            Marta Quintal, who leads the opposition, said farmers would be hit hardest and announced an appeal to the constitutional court.
            The charge will appear on household bills from January.
            """)),
        ("vote-c", "vote", Doc("vote-c", "Opposition to take Estoria water levy to court", new DateOnly(2031, 3, 5), """
            Estoria's opposition will ask the constitutional court to strike down the water tax passed by parliament, its leader Marta Quintal said.
            The measure, championed by Finance Minister Lucas Ferreira, passed 212 to 95.
            Quintal said farmers could not afford the levy. Ferreira said it would pay for new pipes in old cities.
            """)),
        ("recipe", "recipe", Doc("recipe", "A slow-roasted tomato soup for cold evenings", new DateOnly(2031, 3, 4), """
            Roast ripe tomatoes with garlic, onion and a little olive oil for an hour until they start to caramelise.
            Blend them with warm stock, season with salt and pepper, and finish with a spoon of cream.
            The soup keeps for three days in the fridge and freezes well.
            """)),
        ("match", "match", Doc("match", "Dunmore Rovers snatch late win at Kilbride", new DateOnly(2031, 3, 4), """
            Dunmore Rovers scored twice in the final ten minutes to beat Kilbride Athletic 3-2 on Saturday.
            Striker Pavel Novak equalised with a header before defender Sam Oduya hit the winner in stoppage time.
            Kilbride manager Agnes Muir said her side had lost concentration after dominating for an hour.
            """)),
        ("weather", "weather", Doc("weather", "Heavy snow expected across the northern hills", new DateOnly(2031, 3, 4), """
            Forecasters expect up to 30 centimetres of snow on high ground in the north over the weekend.
            Drivers are advised to avoid mountain passes, and several ski resorts plan to open early.
            Temperatures should rise again by Tuesday, bringing rain to the valleys.
            """)),
    ];

    public static IReadOnlyList<ClusterDocument> Documents => [.. Articles.Select(a => a.Document)];

    public static string GoldStoryOf(string id) => Articles.Single(a => a.Id == id).Story;

    private static ClusterDocument Doc(string id, string title, DateOnly published, string text) => new(id, title, text, published);
}
