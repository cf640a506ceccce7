namespace Crosscheck.Sources;

/// <summary>
/// Short everyday prose, written for this project, one text per language a legacy 8-bit encoding was made for. Only
/// the letters' pair frequencies are taken from it (<see cref="LetterBigramModel"/>), so the wording matters less than
/// that it reads like ordinary news prose with its function words and inflections.
/// </summary>
internal static class LetterReferenceTexts
{
    /// <summary>English with the loanwords and foreign names that give English pages their few non-ASCII letters.</summary>
    public const string English =
        "The café on the corner serves crêpes, croissants and a decent crème brûlée. Its owner, a naïve but cheerful man " +
        "from Zürich, opened it after a long career as a chef in München and Malmö. Critics praised the façade, the " +
        "jalapeño soup and the piñata at the children's party. The mayor of São Paulo and a delegation from Curaçao " +
        "visited last year; they ordered smörgåsbord, fika and a bottle of rosé. Meanwhile the council in Reykjavík " +
        "discussed a new bridge across the Øresund, and the résumé of its director, Señor Muñoz, was published in full. " +
        "Prices rose to four pounds a cup, which for everyone who remembers the last crisis is déjà vu. Their protégé, " +
        "a young fiancée from Göteborg, runs the bakery next door and sells Æbleskiver on Sundays.";

    public const string Swedish =
        "På morgonen samlas invånarna i den lilla staden på torget, där man kan köpa bröd, frukt och färsk fisk. Barnen " +
        "går till skolan och föräldrarna åker tåg till jobbet i storstaden. Kommunens ordförande meddelade i onsdags att " +
        "det nya biblioteket öppnar före årets slut tack vare pengar från staten. Enligt honom blev bygget försenat " +
        "eftersom det regnade i flera veckor. Oppositionen kräver förklaringar och frågar vem som ska betala för " +
        "förseningen. På sommaren vilar tusentals turister vid sjön, eftersom de uppskattar tystnaden, skogarna och det " +
        "goda köket.";

    public const string Danish =
        "Om morgenen mødes beboerne i den lille by på torvet, hvor man kan købe brød, frugt og frisk fisk. Børnene går i " +
        "skole, og forældrene tager toget til arbejde i den store by. Borgmesteren meddelte onsdag, at det nye bibliotek " +
        "åbner før årets udgang takket være penge fra staten. Ifølge ham blev byggeriet forsinket, fordi det regnede i " +
        "flere uger. Oppositionen kræver en forklaring og spørger, hvem der skal betale for forsinkelsen. Om sommeren " +
        "hviler tusindvis af turister ved søen, fordi de sætter pris på stilheden, skovene og det gode køkken.";

    public const string French =
        "Le matin, les habitants du village se retrouvent au marché près de l'église. On y vend des légumes frais, du pain, " +
        "du fromage et des fleurs. Les enfants vont à l'école à pied, et leurs parents prennent le train pour travailler en " +
        "ville. Après une longue journée, chacun rentre chez soi pour dîner en famille. L'été, la plage est pleine de " +
        "touristes étrangers qui découvrent la côte et ses petites îles. Le maire a annoncé que la nouvelle bibliothèque " +
        "ouvrira ses portes à la fin de l'année, grâce à une aide de l'État. Selon lui, ce projet était très attendu par les " +
        "élèves et les personnes âgées. Il faut être patient : les travaux ont pris du retard à cause du mauvais temps et " +
        "d'un problème de financement. Où sont passés les crédits promis ? Les élus de l'opposition réclament une enquête " +
        "sur les dépenses, mais la majorité répond que tout a été vérifié. Nous espérons que la fête de Noël se déroulera " +
        "dans la nouvelle salle, déclare une bénévole. Même les pêcheurs du port, d'habitude méfiants, se disent prêts à " +
        "participer. Cette décision a été reçue avec soulagement ; beaucoup de gens ont déjà commencé à préparer la rentrée.";

    public const string German =
        "Am frühen Morgen fährt der erste Zug über die Brücke in die Stadt. Viele Menschen müssen pünktlich zur Arbeit, aber " +
        "wegen der Bauarbeiten gibt es häufig Verspätungen. Der Bürgermeister erklärte am Dienstag, dass die Straße bis zum " +
        "Frühling gesperrt bleibt. Die Geschäfte in der Innenstadt klagen über weniger Kunden, während die Bäckerei am " +
        "Marktplatz größer wird. Für die Schüler wurde eine neue Turnhalle gebaut, die nächste Woche eröffnet werden soll. " +
        "Außerdem plant die Gemeinde einen Radweg entlang des Flusses. Kritiker fürchten höhere Gebühren und fragen, wer die " +
        "Kosten übernimmt. Natürlich möchte niemand auf die Schule verzichten, sagte eine Mutter, doch die Bürger wollen " +
        "wissen, wofür das Geld ausgegeben wird. Im Sommer kommen zahlreiche Touristen, die den See, die Wälder und die alten " +
        "Häuser schätzen. Früher lebten hier vor allem Bauern und Handwerker; heute arbeiten die meisten Einwohner in Büros " +
        "oder Fabriken. Über die Zukunft des Bahnhofs wird im Rathaus seit Jahren gestritten, und eine Lösung ist nicht in Sicht.";

    public const string Spanish =
        "Por la mañana, los vecinos del pueblo se reúnen en la plaza mayor para comprar pan, frutas y pescado. Los niños van " +
        "a la escuela en autobús y sus padres trabajan en la ciudad. El alcalde anunció el miércoles que la nueva biblioteca " +
        "abrirá sus puertas antes del verano, gracias a una ayuda del Gobierno. Según él, el proyecto costó más de lo " +
        "previsto porque las obras se retrasaron por la lluvia. ¿Quién pagará la diferencia? La oposición pide una " +
        "investigación y critica la falta de información. Durante el año pasado, miles de turistas visitaron la región " +
        "atraídos por sus playas, sus montañas y su cocina. Muchos jóvenes, sin embargo, se marchan al extranjero en busca " +
        "de empleo. También hay familias que vuelven para cuidar a sus padres mayores. ¡Es una situación difícil!, dijo una " +
        "vecina. Aquí todavía falta un médico, una farmacia y un tren que llegue a tiempo. El pequeño puerto pesquero, que " +
        "está junto a la carretera, recibirá pronto una subvención para reparar el muelle dañado por la tormenta.";

    public const string Italian =
        "La mattina gli abitanti del paese si incontrano al mercato vicino alla chiesa. Si vendono verdure fresche, pane, " +
        "formaggio e fiori. I bambini vanno a scuola a piedi, mentre i genitori prendono il treno per andare a lavorare in " +
        "città. Il sindaco ha annunciato che la nuova biblioteca aprirà entro la fine dell'anno, grazie a un contributo della " +
        "regione. Secondo lui, il progetto è atteso da molto tempo, però i lavori sono in ritardo perché è piovuto per " +
        "settimane. L'opposizione chiede più trasparenza sulle spese e vuole sapere chi pagherà i costi. D'estate la spiaggia " +
        "è piena di turisti stranieri che scoprono la costa e le piccole isole. Così il paese vive soprattutto di turismo, " +
        "di pesca e di agricoltura, e la qualità della vita è considerata buona da quasi tutti.";

    public const string Portuguese =
        "De manhã, os moradores da cidade encontram-se no mercado perto da estação. Vendem-se legumes, pão, peixe e flores. " +
        "As crianças vão para a escola a pé e os pais apanham o comboio para trabalhar. O presidente da câmara anunciou que " +
        "a nova biblioteca abrirá no próximo mês, graças a um apoio do Governo. Segundo ele, a obra custou mais do que o " +
        "previsto, porque a chuva atrasou os trabalhos. A oposição exige explicações e pergunta quem vai pagar a diferença. " +
        "No verão, milhares de turistas visitam a região, atraídos pelas praias, pelas montanhas e pela cozinha tradicional. " +
        "Muitos jovens, no entanto, emigram à procura de emprego. Não há médicos suficientes, disse uma vizinha, e as " +
        "famílias estão cansadas de esperar pela construção do hospital, que já foi prometida várias vezes.";

    public const string Polish =
        "Rano mieszkańcy miasteczka spotykają się na rynku, gdzie można kupić chleb, owoce i świeże ryby. Dzieci idą do " +
        "szkoły pieszo, a ich rodzice jeżdżą pociągiem do pracy w dużym mieście. Burmistrz ogłosił w środę, że nowa " +
        "biblioteka zostanie otwarta przed końcem roku dzięki pieniądzom z budżetu państwa. Według niego budowa trwała " +
        "dłużej, ponieważ przez kilka tygodni padał deszcz. Radni opozycji żądają wyjaśnień i pytają, kto zapłaci za " +
        "opóźnienie. Latem nad jeziorem odpoczywają tysiące turystów, którzy cenią ciszę, lasy i dobrą kuchnię. Młodzi " +
        "ludzie często wyjeżdżają za granicę, żeby szukać pracy, ale coraz więcej z nich wraca. Mówią, że tutaj życie jest " +
        "spokojniejsze i tańsze. Źródła w urzędzie twierdzą, że wkrótce powstanie również żłobek i ścieżka rowerowa wzdłuż " +
        "rzeki. Ślubowanie nowych radnych odbędzie się w piątek w sali, którą właśnie odnowiono.";

    public const string Czech =
        "Ráno se obyvatelé městečka scházejí na náměstí, kde se prodává chléb, ovoce a čerstvá zelenina. Děti chodí do " +
        "školy pěšky a jejich rodiče jezdí vlakem do práce ve velkém městě. Starosta ve středu oznámil, že nová knihovna " +
        "bude otevřena před koncem roku díky penězům ze státního rozpočtu. Podle něj stavba trvala déle, protože několik " +
        "týdnů pršelo. Opoziční zastupitelé žádají vysvětlení a ptají se, kdo zaplatí zpoždění. V létě u jezera odpočívají " +
        "tisíce turistů, kteří oceňují klid, lesy a dobrou kuchyni. Mladí lidé často odcházejí do zahraničí za prací, ale " +
        "stále více z nich se vrací. Říkají, že život je tady klidnější a levnější. Úředníci tvrdí, že brzy vznikne také " +
        "školka a cyklistická stezka podél řeky. Žádný dům nezůstane bez vody a šťastní sousedé už plánují oslavu.";

    public const string Hungarian =
        "Reggel a falu lakói a piactéren találkoznak, ahol kenyeret, gyümölcsöt és friss halat lehet vásárolni. A gyerekek " +
        "gyalog mennek az iskolába, a szüleik pedig vonattal járnak dolgozni a városba. A polgármester szerdán bejelentette, " +
        "hogy az új könyvtár az év végéig megnyílik, az állami támogatásnak köszönhetően. Szerinte az építkezés azért tartott " +
        "tovább, mert hetekig esett az eső. Az ellenzéki képviselők magyarázatot követelnek, és azt kérdezik, ki fizeti meg " +
        "a késést. Nyáron a tó partján turisták ezrei pihennek, akik szeretik a csendet, az erdőket és a jó konyhát. A " +
        "fiatalok gyakran külföldre költöznek munkát keresni, de egyre többen térnek vissza. Azt mondják, itt nyugodtabb és " +
        "olcsóbb az élet. Hamarosan bölcsőde és kerékpárút is épül a folyó mentén, ami sok család számára fontos hír.";

    public const string Turkish =
        "Sabahleyin kasabanın sakinleri ekmek, meyve ve taze balık satın alabilecekleri pazarda buluşuyor. Çocuklar okula " +
        "yürüyerek gidiyor, anne ve babaları ise büyük şehirdeki işlerine trenle gidiyor. Belediye başkanı çarşamba günü " +
        "yeni kütüphanenin devlet bütçesinden gelen para sayesinde yıl sonundan önce açılacağını duyurdu. Ona göre inşaat, " +
        "birkaç hafta boyunca yağmur yağdığı için uzadı. Muhalefetteki meclis üyeleri açıklama istiyor ve gecikmenin " +
        "bedelini kimin ödeyeceğini soruyor. Yazın binlerce turist gölün kıyısında dinleniyor; sessizliği, ormanları ve " +
        "güzel mutfağı seviyorlar. Gençler sık sık iş aramak için yurt dışına gidiyor, ama giderek daha fazlası geri " +
        "dönüyor. Burada hayatın daha sakin ve daha ucuz olduğunu söylüyorlar. Yetkililer yakında bir kreş ve nehir boyunca " +
        "bir bisiklet yolu yapılacağını belirtiyor. İlçede ayrıca yeni bir hastane açılması planlanıyor.";

    public const string Russian =
        "Утром жители городка собираются на рынке, где можно купить хлеб, фрукты и свежую рыбу. Дети ходят в школу пешком, " +
        "а их родители ездят на поезде на работу в большой город. Глава администрации объявил в среду, что новая " +
        "библиотека откроется до конца года благодаря деньгам из областного бюджета. По его словам, строительство " +
        "затянулось, потому что несколько недель шли дожди. Депутаты от оппозиции требуют объяснений и спрашивают, кто " +
        "заплатит за задержку. Летом на озере отдыхают тысячи туристов, которые ценят тишину, леса и хорошую кухню. " +
        "Молодые люди часто уезжают за границу в поисках работы, но всё больше из них возвращается. Они говорят, что жизнь " +
        "здесь спокойнее и дешевле. Чиновники утверждают, что скоро появятся также детский сад и велосипедная дорожка " +
        "вдоль реки. Ещё обещают починить мост и построить новую больницу, о которой жители просят уже много лет.";

    public const string Ukrainian =
        "Вранці мешканці містечка збираються на ринку, де можна купити хліб, фрукти та свіжу рибу. Діти ходять до школи " +
        "пішки, а їхні батьки їздять потягом на роботу у велике місто. Голова громади оголосив у середу, що нова бібліотека " +
        "відкриється до кінця року завдяки коштам з державного бюджету. За його словами, будівництво затягнулося, бо кілька " +
        "тижнів ішли дощі. Депутати від опозиції вимагають пояснень і питають, хто заплатить за затримку. Влітку на озері " +
        "відпочивають тисячі туристів, які цінують тишу, ліси та смачну кухню. Молоді люди часто виїжджають за кордон у " +
        "пошуках роботи, але дедалі більше з них повертається. Вони кажуть, що життя тут спокійніше й дешевше. Посадовці " +
        "запевняють, що незабаром з'являться також дитячий садок і велосипедна доріжка вздовж річки. Ґанок старої школи " +
        "теж відремонтують, і це є гарна новина для всієї родини.";

    public const string Bulgarian =
        "Сутрин жителите на градчето се събират на пазара, където могат да купят хляб, плодове и прясна риба. Децата ходят " +
        "на училище пеша, а родителите им пътуват с влак до работа в големия град. Кметът обяви в сряда, че новата " +
        "библиотека ще отвори врати до края на годината благодарение на пари от държавния бюджет. Според него строежът се " +
        "е забавил, защото няколко седмици е валял дъжд. Общинските съветници от опозицията искат обяснение и питат кой ще " +
        "плати за закъснението. През лятото хиляди туристи почиват край езерото, защото ценят тишината, горите и хубавата " +
        "кухня. Младите хора често заминават в чужбина да търсят работа, но все повече от тях се връщат. Те казват, че " +
        "животът тук е по-спокоен и по-евтин. Служителите твърдят, че скоро ще бъдат построени детска градина и " +
        "велосипедна алея покрай реката.";

    public const string Greek =
        "Το πρωί οι κάτοικοι της μικρής πόλης συναντιούνται στην αγορά, όπου μπορούν να αγοράσουν ψωμί, φρούτα και φρέσκα " +
        "ψάρια. Τα παιδιά πηγαίνουν στο σχολείο με τα πόδια, ενώ οι γονείς τους ταξιδεύουν με το τρένο για τη δουλειά στη " +
        "μεγάλη πόλη. Ο δήμαρχος ανακοίνωσε την Τετάρτη ότι η νέα βιβλιοθήκη θα ανοίξει μέχρι το τέλος της χρονιάς χάρη σε " +
        "χρήματα από τον κρατικό προϋπολογισμό. Σύμφωνα με τον ίδιο, η κατασκευή καθυστέρησε επειδή έβρεχε για αρκετές " +
        "εβδομάδες. Οι δημοτικοί σύμβουλοι της αντιπολίτευσης ζητούν εξηγήσεις και ρωτούν ποιος θα πληρώσει για την " +
        "καθυστέρηση. Το καλοκαίρι χιλιάδες τουρίστες ξεκουράζονται δίπλα στη λίμνη, γιατί αγαπούν την ησυχία, τα δάση και " +
        "την καλή κουζίνα. Οι νέοι συχνά φεύγουν στο εξωτερικό για να βρουν δουλειά, αλλά όλο και περισσότεροι " +
        "επιστρέφουν. Άλλοι λένε ότι η ζωή εδώ είναι πιο ήσυχη και φθηνότερη. Ήδη σχεδιάζεται ένας παιδικός σταθμός και " +
        "ένας ποδηλατόδρομος κατά μήκος του ποταμού.";
}
