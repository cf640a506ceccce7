using System.Text;

namespace Crosscheck.Evaluation;

/// <summary>
/// Reads CSV records the way Python's <c>csv.reader</c> does with the default <c>excel</c> dialect on a file opened
/// in text mode (so that reference converters written in Python can be reproduced exactly): line ends first become
/// <c>\n</c> (universal newlines); comma-separated fields; a field that starts with <c>"</c> is quoted, <c>""</c>
/// inside it is a quote, and it may span lines; characters after a closing quote join the field (non-strict mode);
/// quotes inside an unquoted field are kept; a blank line is an empty record; a quoted field still open at the end
/// of the input ends there. Python's field-size limit is not enforced.
/// </summary>
public sealed class ExcelCsvReader
{
    private readonly TextReader _reader;

    public ExcelCsvReader(TextReader reader) => _reader = reader ?? throw new ArgumentNullException(nameof(reader));

    private enum State { StartRecord, StartField, InField, InQuotedField, QuoteInQuotedField, AfterLineEnd }

    /// <summary>The records in order, each as its fields.</summary>
    public IEnumerable<IReadOnlyList<string>> Records()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var state = State.StartRecord;
        while (ReadLine() is { } line)
        {
            foreach (var c in line)
            {
                switch (state)
                {
                    case State.InQuotedField when c == '"':
                        state = State.QuoteInQuotedField;
                        break;
                    case State.InQuotedField:
                        field.Append(c);
                        break;
                    case State.QuoteInQuotedField when c == '"':
                        field.Append(c);
                        state = State.InQuotedField;
                        break;
                    case State.StartRecord when c == '\n':
                        break;
                    case State.StartRecord or State.StartField when c == '"':
                        state = State.InQuotedField;
                        break;
                    case var _ when c == ',':
                        SaveField();
                        state = State.StartField;
                        break;
                    case var _ when c == '\n':
                        SaveField();
                        state = State.AfterLineEnd;
                        break;
                    default:
                        field.Append(c);
                        state = State.InField;
                        break;
                }
            }
            // The end of the line ends the record unless a quoted field is open (then the record goes on); a last
            // line without a line end saves its open field.
            if (state == State.InQuotedField) continue;
            if (state is State.StartField or State.InField or State.QuoteInQuotedField) SaveField();
            state = State.StartRecord;
            yield return fields.ToArray();
            fields.Clear();
        }
        if (state == State.InQuotedField)
        {
            SaveField();
            yield return fields.ToArray();
        }

        void SaveField()
        {
            fields.Add(field.ToString());
            field.Clear();
        }
    }

    /// <summary>The next line with its end as <c>\n</c> (from <c>\r\n</c>, <c>\r</c> or <c>\n</c>); the last may have none.</summary>
    private string? ReadLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            var c = _reader.Read();
            if (c < 0) return line.Length > 0 ? line.ToString() : null;
            if (c == '\r')
            {
                if (_reader.Peek() == '\n') _reader.Read();
                c = '\n';
            }
            line.Append((char)c);
            if (c == '\n') return line.ToString();
        }
    }
}
