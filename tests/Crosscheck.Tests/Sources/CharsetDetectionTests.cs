using System.Diagnostics;
using System.Text;
using Crosscheck.Sources;
using Crosscheck.Tests.Support;
using Xunit.Abstractions;

namespace Crosscheck.Tests.Sources;

/// <summary>Declared charsets are honoured when the bytes bear them out; undeclared 8-bit text is detected back.</summary>
public sealed class CharsetDetectionTests(ITestOutputHelper output)
{
    static CharsetDetectionTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Fictional news sentences, one language each, none taken from the detector's reference texts.</summary>
    public static readonly TheoryData<string, string, string> Sentences = new()
    {
        { "ru", "windows-1251", "Вчера вечером в порту Северогорска пришвартовался паром \"Звезда\", на борту которого находились двести пассажиров. Капитан сообщил журналистам, что рейс задержался из-за сильного ветра." },
        { "ru", "koi8-r", "Вчера вечером в порту Северогорска пришвартовался паром \"Звезда\", на борту которого находились двести пассажиров. Капитан сообщил журналистам, что рейс задержался из-за сильного ветра." },
        { "ru", "windows-1251", "Городской совет утвердил бюджет на следующий год: расходы на образование вырастут на двенадцать процентов, а на ремонт дорог выделят меньше денег. Ещё одна новость: мэр пообещал открыть каток к Новому году." },
        { "ru", "koi8-r", "Городской совет утвердил бюджет на следующий год: расходы на образование вырастут на двенадцать процентов, а на ремонт дорог выделят меньше денег. Ещё одна новость: мэр пообещал открыть каток к Новому году." },
        { "uk", "windows-1251", "Учора ввечері до порту Північногірська прибув пором \"Зоря\" з двомастами пасажирами. Капітан розповів журналістам, що рейс затримався через сильний вітер." },
        { "uk", "koi8-u", "Учора ввечері до порту Північногірська прибув пором \"Зоря\" з двомастами пасажирами. Капітан розповів журналістам, що рейс затримався через сильний вітер." },
        { "uk", "windows-1251", "Міська рада ухвалила бюджет на наступний рік: видатки на освіту зростуть на дванадцять відсотків, а на ремонт доріг виділять менше грошей. Їхній ґанок пофарбують у жовтий колір." },
        { "uk", "koi8-u", "Міська рада ухвалила бюджет на наступний рік: видатки на освіту зростуть на дванадцять відсотків, а на ремонт доріг виділять менше грошей. Їхній ґанок пофарбують у жовтий колір." },
        { "bg", "windows-1251", "Вчера вечерта в пристанището на Северноград акостира фериботът \"Звезда\" с двеста пътници на борда. Капитанът съобщи на журналистите, че рейсът е закъснял заради силния вятър." },
        { "bg", "koi8-r", "Вчера вечерта в пристанището на Северноград акостира фериботът \"Звезда\" с двеста пътници на борда. Капитанът съобщи на журналистите, че рейсът е закъснял заради силния вятър." },
        { "bg", "windows-1251", "Общинският съвет прие бюджета за следващата година: разходите за образование ще нараснат с дванадесет процента, а за ремонт на пътищата ще бъдат отделени по-малко пари." },
        { "fr", "windows-1252", "Le conseil municipal de Port-Sainte-Anne a voté jeudi la rénovation du phare, fermé depuis l'hiver dernier. « Nous avons reçu des dons de toute la région », a déclaré la présidente de l'association, très émue." },
        { "fr", "windows-1252", "Les pêcheurs s'inquiètent : la saison des huîtres commencera plus tard que prévu, à cause d'une eau trop chaude en août." },
        { "de", "windows-1252", "Der Gemeinderat von Nordheim hat am Donnerstag beschlossen, die alte Fähre über den Fluss wieder in Betrieb zu nehmen. Die Kosten für die Reparatur übernimmt größtenteils das Land." },
        { "de", "windows-1252", "Anwohner beschweren sich über den Lärm der nächtlichen Güterzüge, die seit März häufiger durch das Tal fahren." },
        { "es", "windows-1252", "El ayuntamiento de San Telmo aprobó el jueves la reforma del faro, cerrado desde el invierno pasado. «Hemos recibido donaciones de toda la comarca», declaró la presidenta de la asociación, muy emocionada." },
        { "es", "windows-1252", "Los pescadores están preocupados: la campaña del atún empezará más tarde de lo previsto porque el agua está demasiado caliente en agosto." },
        { "pl", "windows-1250", "Rada miejska Nowego Portu zdecydowała w czwartek o remoncie latarni morskiej, zamkniętej od zeszłej zimy. Mieszkańcy zebrali na ten cel ponad dwieście tysięcy złotych." },
        { "pl", "iso-8859-2", "Rada miejska Nowego Portu zdecydowała w czwartek o remoncie latarni morskiej, zamkniętej od zeszłej zimy. Mieszkańcy zebrali na ten cel ponad dwieście tysięcy złotych." },
        { "pl", "windows-1250", "Rybacy się niepokoją: sezon połowów śledzia zacznie się później niż zwykle, bo woda w zatoce jest zbyt ciepła." },
        { "pl", "iso-8859-2", "Rybacy się niepokoją: sezon połowów śledzia zacznie się później niż zwykle, bo woda w zatoce jest zbyt ciepła." },
        { "cs", "windows-1250", "Městská rada Nového Přístavu ve čtvrtek rozhodla o opravě majáku, který je zavřený od loňské zimy. Obyvatelé na tento účel vybrali více než dvě stě tisíc korun." },
        { "cs", "iso-8859-2", "Městská rada Nového Přístavu ve čtvrtek rozhodla o opravě majáku, který je zavřený od loňské zimy. Obyvatelé na tento účel vybrali více než dvě stě tisíc korun." },
        { "cs", "windows-1250", "Rybáři se obávají, že sezóna lovu sleďů začne později než obvykle, protože voda v zálivu je příliš teplá. Šéf přístavu žádá pomoc." },
        { "cs", "iso-8859-2", "Rybáři se obávají, že sezóna lovu sleďů začne později než obvykle, protože voda v zálivu je příliš teplá. Šéf přístavu žádá pomoc." },
        { "hu", "windows-1250", "Újkikötő városi tanácsa csütörtökön döntött a tavaly tél óta zárva tartó világítótorony felújításáról. A lakók több mint kétmillió forintot gyűjtöttek erre a célra." },
        { "el", "windows-1253", "Το δημοτικό συμβούλιο του Νέου Λιμανιού αποφάσισε την Πέμπτη την επισκευή του φάρου, που είναι κλειστός από τον περασμένο χειμώνα. Οι κάτοικοι συγκέντρωσαν πάνω από είκοσι χιλιάδες ευρώ." },
        { "el", "iso-8859-7", "Το δημοτικό συμβούλιο του Νέου Λιμανιού αποφάσισε την Πέμπτη την επισκευή του φάρου, που είναι κλειστός από τον περασμένο χειμώνα. Οι κάτοικοι συγκέντρωσαν πάνω από είκοσι χιλιάδες ευρώ." },
        { "el", "windows-1253", "Οι ψαράδες ανησυχούν, επειδή η περίοδος αλιείας θα αρχίσει αργότερα από ό,τι συνήθως. Άραγε θα φτάσουν τα χρήματα;" },
        { "el", "iso-8859-7", "Οι ψαράδες ανησυχούν, επειδή η περίοδος αλιείας θα αρχίσει αργότερα από ό,τι συνήθως. Άραγε θα φτάσουν τα χρήματα;" },
        { "ru", "windows-1251", "Футбольный клуб «Метеор» неожиданно обыграл лидера чемпионата — 3:1. Тренер гостей отказался от комментариев, а болельщики до утра праздновали на площади." },
        { "ru", "koi8-r", "Новая версия приложения для заказа такси (iOS и Android) стоит 299 рублей; разработчики обещают исправить ошибки к пятнице." },
        { "bg", "windows-1251", "Отборът на \"Метеор\" победи лидера в първенството с 3:1, а феновете празнуваха до сутринта на площада пред общината." },
        { "de", "windows-1252", "Forscher der Universität Kiel haben im Wattenmeer eine bisher unbekannte Muschelart entdeckt – sie überlebt Temperaturen von über 30 °C." },
        { "fr", "windows-1252", "Le festival de théâtre d'Aurillac accueillera cette année quarante compagnies étrangères ; la billetterie ouvre le 3 mai à 10 h." },
        { "es", "windows-1252", "¿Habrá nieve en Navidad? Los meteorólogos creen que sí, aunque advierten que el pronóstico cambiará después del fin de semana." },
        { "cs", "iso-8859-2", "Meteorologové varují před silným větrem, který v noci na čtvrtek zasáhne Šumavu a Krkonoše; očekávají se i polámané stromy." },
        { "el", "windows-1253", "Η ομάδα του Ολυμπιακού Λιμανιού κέρδισε το πρωτάθλημα μπάσκετ με 78-65, και οι φίλαθλοι γιόρτασαν μέχρι το πρωί." },
        { "tr", "windows-1254", "Yeni Liman belediye meclisi perşembe günü geçen kıştan beri kapalı olan deniz fenerinin onarılmasına karar verdi. Mahalle sakinleri bu iş için iki yüz bin liradan fazla para topladı." },
    };

    /// <summary>Short phrases: English with loanwords and names, currency and typography, capitals only.</summary>
    public static readonly TheoryData<string, string> Phrases = new()
    {
        { "windows-1252", "A naïve café owner in Zürich" },
        { "windows-1252", "Ångström and Øresund" },
        { "windows-1252", "São Paulo, 2024" },
        { "windows-1252", "He said “no” — twice." },
        { "windows-1252", "Price: 5 € or £4" },
        { "windows-1252", "Copyright © 2024 Example Ltd. All rights reserved." },
        { "windows-1252", "10 °C, ½ cup" },
        { "windows-1252", "Smörgåsbord and fjäll" },
        { "windows-1250", "Dvořák in Brno" },
        { "windows-1250", "Žilina – Košice" },
        { "windows-1250", "Łódź" },
        { "iso-8859-2", "Łódź" },
        { "koi8-r", "Москва" },
        { "windows-1251", "ООО «Ромашка»" },
        { "koi8-r", "ПРЕЗИДЕНТ ЗАЯВИЛ" },
        { "windows-1251", "ПРЕЗИДЕНТ ЗАЯВИЛ" },
        { "iso-8859-7", "Ελλάδα" },
        { "windows-1253", "Αθήνα" },
        { "windows-1254", "İstanbul" },
    };

    private static DecodeResult Decode(byte[] bytes, string name = "page.html") =>
        new SourceDecoder().Decode(new MemoryStream(bytes), name, 0);

    private static byte[] Encode(string encodingName, string text)
    {
        var encoding = Encoding.GetEncoding(encodingName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return encoding.GetBytes(text);
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Undeclared_8bit_text_is_detected_back(string language, string encodingName, string sentence)
    {
        var result = Decode(Encode(encodingName, sentence), "story.txt");
        Assert.True(sentence == result.Document!.Content, $"{language} in {encodingName} came back as {result.Warning}: {result.Document.Content}");
        Assert.Contains("(detected)", result.Warning);
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Undeclared_8bit_html_is_detected_back(string language, string encodingName, string sentence)
    {
        var html = $"<!DOCTYPE html><html><head><title>{sentence[..20]}</title></head><body><article><p>{sentence}</p></article></body></html>";
        var result = Decode(Encode(encodingName, html));
        Assert.True(html == result.Document!.Content, $"{language} in {encodingName} came back as {result.Warning}");
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Short_phrases_are_detected_back(string encodingName, string phrase)
    {
        var bytes = Encode(encodingName, phrase);
        var guess = CharsetDetector.Detect(bytes);
        Assert.True(phrase == guess.Encoding.Encoding.GetString(bytes), $"{phrase} in {encodingName} read as {guess.Encoding.Name} ({guess.Language})");
    }

    [Theory]
    [InlineData("uk", "koi8-u", "Їхній ґанок пофарбують у жовтий колір, а сусіди відремонтують свій дах і паркан.")]
    [InlineData("el", "windows-1253", "Άραγε θα φτάσουν τα χρήματα για την επισκευή του φάρου;")]
    [InlineData("el", "iso-8859-7", "Άραγε θα φτάσουν τα χρήματα για την επισκευή του φάρου;")]
    [InlineData("pl", "iso-8859-2", "Świeże śledzie są już na targu, ale ceny wzrosły.")]
    [InlineData("pl", "windows-1250", "Świeże śledzie są już na targu, ale ceny wzrosły.")]
    [InlineData("tr", "windows-1254", "Kışın ağır geçmesi bekleniyor; şehirde önlemler alınıyor.")]
    public void The_warning_names_the_detected_encoding(string language, string encodingName, string sentence)
    {
        var result = Decode(Encode(encodingName, sentence), "story.txt");
        Assert.Equal(sentence, result.Document!.Content);
        Assert.EndsWith($"decoded as {encodingName} (detected)", result.Warning);
        output.WriteLine($"{language}: {result.Warning}");
    }

    /// <summary>
    /// Accuracy on the test sentences and on short fragments of them (their first few words, so fewer letters to
    /// judge by). A fragment counts as right when it decodes to the very text that was encoded.
    /// </summary>
    [Fact]
    public void Detection_accuracy_on_sentences_and_fragments()
    {
        var cases = Sentences.Select(row => ((string)row[0], (string)row[1], (string)row[2])).ToList();
        int sentencesRight = 0, fragmentsRight = 0, fragments = 0;
        var misses = new List<string>();
        var watch = Stopwatch.StartNew();
        foreach (var (language, encodingName, sentence) in cases)
        {
            if (CharsetDetector.Detect(Encode(encodingName, sentence)).Encoding.Encoding.GetString(Encode(encodingName, sentence)) == sentence) sentencesRight++;
            var words = sentence.Split(' ');
            foreach (var count in new[] { 1, 2, 3, 5, 8 })
            {
                var fragment = string.Join(' ', words.Take(count));
                var bytes = Encode(encodingName, fragment);
                if (!bytes.Any(b => b >= 0x80)) continue;
                fragments++;
                var guess = CharsetDetector.Detect(bytes);
                if (guess.Encoding.Encoding.GetString(bytes) == fragment) fragmentsRight++;
                else misses.Add($"{language}/{encodingName} {count} words: {guess.Encoding.Name} ({guess.Language}) \"{guess.Encoding.Encoding.GetString(bytes)}\"");
            }
        }
        output.WriteLine($"sentences {sentencesRight}/{cases.Count}, fragments of 1/2/3/5/8 words {fragmentsRight}/{fragments}, {watch.ElapsedMilliseconds} ms");
        foreach (var miss in misses) output.WriteLine("  miss: " + miss);
        Assert.Equal(cases.Count, sentencesRight);
        Assert.True(fragmentsRight >= fragments * 0.85, $"only {fragmentsRight} of {fragments} fragments detected back");
    }

    [Fact]
    public void Ascii_only_stays_utf8_without_a_warning()
    {
        var result = Decode(Encoding.ASCII.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>The quay reopens on Monday.</p></body></html>"));
        Assert.Null(result.Warning);
        var plain = Decode(Encoding.ASCII.GetBytes("The quay reopens on Monday."), "story.txt");
        Assert.Null(plain.Warning);
        Assert.Equal("The quay reopens on Monday.", plain.Document!.Content);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">", "windows-1251")]
    [InlineData("<meta charset=koi8-r>", "koi8-r")]
    [InlineData("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=KOI8-R\">", "koi8-r")]
    [InlineData("<meta content='text/html;charset=\"cp1251\"' http-equiv='content-type'>", "windows-1251")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-5\">", "iso-8859-5")]
    public void A_meta_charset_is_honoured(string meta, string encodingName)
    {
        const string sentence = "Городской совет утвердил бюджет на следующий год.";
        var html = $"<html><head>{meta}<title>Совет</title></head><body><p>{sentence}</p></body></html>";
        var result = Decode(Encode(encodingName, html));
        Assert.Equal(html, result.Document!.Content);
        Assert.Null(result.Warning);
    }

    [Fact]
    public void A_latin1_label_means_windows_1252()
    {
        // Windows-1252 has curly quotes at 0x93/0x94, where ISO-8859-1 has C1 controls; browsers read both labels as 1252.
        var html = "<html><head><meta charset=\"ISO-8859-1\"></head><body><p>“Café” reopens on the quay.</p></body></html>";
        var result = Decode(Encode("windows-1252", html));
        Assert.Equal(html, result.Document!.Content);
        Assert.Null(result.Warning);
    }

    [Fact]
    public void An_xml_declaration_is_honoured()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><html><body><p>Świeże śledzie są już na targu, ale ceny wzrosły.</p></body></html>";
        var result = Decode(Encode("iso-8859-2", xml));
        Assert.Equal(xml, result.Document!.Content);
        Assert.Null(result.Warning);
    }

    [Fact]
    public void A_charset_in_a_comment_or_another_tag_does_not_count()
    {
        Assert.Null(CharsetDeclaration.Find(Encoding.ASCII.GetBytes("<!-- <meta charset=koi8-r> --><html><body>x</body></html>")));
        Assert.Null(CharsetDeclaration.Find(Encoding.ASCII.GetBytes("<div title='<meta charset=koi8-r>'>x</div>")));
        Assert.Null(CharsetDeclaration.Find(Encoding.ASCII.GetBytes("<meta content='text/html; charset=koi8-r'>")));
        Assert.Equal("koi8-r", CharsetDeclaration.Find(Encoding.ASCII.GetBytes("<!--> <meta charset=koi8-r>")));
        Assert.Equal("utf-8", CharsetDeclaration.Find(Encoding.ASCII.GetBytes("<meta charset=utf-8><meta charset=koi8-r>")));
    }

    [Theory]
    [InlineData("text/html; charset=utf-8", "utf-8")]
    [InlineData("text/html;charset = \"windows-1251\"", "windows-1251")]
    [InlineData("charset=koi8-r;foo", "koi8-r")]
    [InlineData("text/html", null)]
    [InlineData("charsetx; charset='latin2'", "latin2")]
    [InlineData("charset=\"unterminated", null)]
    public void The_charset_is_read_from_a_content_value(string content, string? expected) =>
        Assert.Equal(expected, CharsetDeclaration.CharsetInContent(content));

    [Theory]
    [InlineData("latin1", "windows-1252")]
    [InlineData("ISO_8859-1", "windows-1252")]
    [InlineData("us-ascii", "windows-1252")]
    [InlineData("iso-8859-9", "windows-1254")]
    [InlineData("cp1251", "windows-1251")]
    [InlineData("koi8", "koi8-r")]
    [InlineData("gb2312", "gb18030")]
    [InlineData("x-sjis", "shift_jis")]
    [InlineData(" UTF8 ", "utf-8")]
    [InlineData("tis-620", "windows-874")]
    public void Whatwg_labels_resolve(string label, string expected) =>
        Assert.Equal(expected, EncodingLabels.Resolve(label)!.Name);

    [Fact]
    public void An_unknown_label_resolves_to_nothing() => Assert.Null(EncodingLabels.Resolve("x-no-such-charset"));

    /// <summary>
    /// .NET knows UTF-7 by name but refuses it (NotSupportedException, which stopped `crosscheck analyze` and `extract`
    /// on a page declaring it); the Encoding Standard has no such label either, so the declaration is ignored.
    /// </summary>
    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF7")]
    [InlineData("unicode-1-1-utf-7")]
    [InlineData("csUnicode11UTF7")]
    [InlineData("x-unicode20utf7")]
    public void A_utf7_label_is_no_encoding_and_the_page_reads_as_utf8(string label)
    {
        Assert.Null(EncodingLabels.Resolve(label));
        var html = $"<html><head><meta charset=\"{label}\"></head><body><p>Le phare rénové rouvre à Pâques.</p></body></html>";
        var result = Decode(Encoding.UTF8.GetBytes(html));
        Assert.Equal(html, result.Document!.Content);
    }

    /// <summary>Every encoding name .NET lists, declared by a page in a meta tag or an XML declaration, over ASCII and over other bytes: a page or a rejection, never an exception.</summary>
    [Fact]
    public void Every_declared_charset_gives_a_page_or_a_rejection()
    {
        var labels = Encoding.GetEncodings().SelectMany(e => new[] { e.Name, e.CodePage.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .Concat(["utf-7", "utf-32", "utf-32be", "ucs-4", "iso-2022-kr", "hz-gb-2312", "replacement", "x-user-defined", "ebcdic-cp-us", "\u00e9", "utf-8\u0000", ""]);
        foreach (var label in labels.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            foreach (var declaration in new[] { $"<meta charset=\"{label}\">", $"<?xml version=\"1.0\" encoding=\"{label}\"?>" })
            {
                var html = $"{declaration}<html><body><p>The quay reopens on Monday, the harbour office said.</p><p>Caf\u00e9 \u00a3 \u20ac</p></body></html>";
                foreach (var bytes in new[] { Encoding.UTF8.GetBytes(html), Encoding.Latin1.GetBytes(html) })
                {
                    var result = Decode(bytes);
                    Assert.True(result.Document is not null || !string.IsNullOrWhiteSpace(result.RejectionReason), $"{label}: neither a page nor a reason");
                }
            }
        }
    }

    [Fact]
    public void A_lying_utf8_declaration_falls_back_to_detection()
    {
        const string sentence = "Городской совет утвердил бюджет на следующий год: расходы на образование вырастут.";
        var html = $"<html><head><meta charset=\"utf-8\"></head><body><p>{sentence}</p></body></html>";
        var result = Decode(Encode("windows-1251", html));
        Assert.Equal(html, result.Document!.Content);
        Assert.StartsWith("declares charset utf-8 but is not valid UTF-8 at byte ", result.Warning);
        Assert.EndsWith("decoded as windows-1251 (detected)", result.Warning);
    }

    [Fact]
    public void A_legacy_declaration_on_valid_utf8_reads_utf8()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Le phare rénové rouvre à Pâques.</p></body></html>";
        var result = Decode(Encoding.UTF8.GetBytes(html));
        Assert.Equal(html, result.Document!.Content);
        Assert.Equal("declares charset iso-8859-1 but is valid UTF-8; decoded as UTF-8", result.Warning);
    }

    [Fact]
    public void A_declaration_the_bytes_cannot_be_in_falls_back_to_detection()
    {
        // ISO-8859-7 has C1 controls at 0x80–0x9F, where windows-1250 puts Š (0x8A) and ž (0x9E).
        const string sentence = "Šéf přístavu žádá pomoc, protože sezóna lovu sleďů začne později než obvykle.";
        var html = $"<html><head><meta charset=\"iso-8859-7\"></head><body><p>{sentence}</p></body></html>";
        var result = Decode(Encode("windows-1250", html));
        Assert.Equal(html, result.Document!.Content);
        Assert.Contains("declares charset iso-8859-7 but byte ", result.Warning);
        Assert.EndsWith("decoded as windows-1250 (detected)", result.Warning);
    }

    [Fact]
    public void A_declaration_contradicted_by_the_letters_gives_way()
    {
        const string sentence = "Вчера вечером в порту Северогорска пришвартовался паром, на борту которого находились двести пассажиров. Капитан сообщил журналистам, что рейс задержался из-за сильного ветра.";
        var html = $"<html><head><meta charset=\"windows-1252\"></head><body><p>{sentence}</p></body></html>";
        var result = Decode(Encode("windows-1251", html));
        Assert.Equal(html, result.Document!.Content);
        Assert.Equal("declares charset windows-1252 but reads as windows-1251; decoded as windows-1251 (detected)", result.Warning);
    }

    [Fact]
    public void A_truthful_declaration_is_not_second_guessed()
    {
        // Two French words are little evidence: the declaration stands.
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Voilà, c'est réglé.</p></body></html>";
        var result = Decode(Encode("windows-1252", html));
        Assert.Equal(html, result.Document!.Content);
        Assert.Null(result.Warning);
    }

    [Fact]
    public void Utf8_cut_inside_a_character_stays_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("Le phare rénové rouvre à Pâques, annonce la mairie ");
        var cut = bytes.Concat(Encoding.UTF8.GetBytes("é")[..1]).ToArray();
        var result = Decode(cut, "story.txt");
        Assert.StartsWith("Le phare rénové rouvre à Pâques", result.Document!.Content);
        Assert.EndsWith("decoded as UTF-8 with the invalid bytes replaced (detected)", result.Warning);
    }

    [Fact]
    public void Detection_reads_a_sample_and_is_fast()
    {
        var sentence = (string)Sentences.First()[2];
        var big = Encode("koi8-r", string.Concat(Enumerable.Repeat(sentence + "\n", 30_000)));
        Assert.True(big.Length > 4_000_000);
        CharsetDetector.Detect(big);
        var watch = ThreadCpuClock.StartNew();
        var guess = CharsetDetector.Detect(big);
        var elapsed = watch.Elapsed;
        output.WriteLine($"{big.Length:N0} bytes: {guess.Encoding.Name} in {elapsed.TotalMilliseconds:F0} ms on {guess.Evidence} non-ASCII bytes");
        Assert.Equal("koi8-r", guess.Encoding.Name);
        Assert.True(elapsed.TotalMilliseconds < 500, $"detection took {elapsed.TotalMilliseconds:F0} ms");
    }
}
