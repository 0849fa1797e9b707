using System.Text;
using System.Text.Json;
using ArchiveSite.Search;

namespace ArchiveSite.Tests.Search;

/// <summary>The framing of Pagefind's service protocol: base64 of JSON, one comma after each message.</summary>
public sealed class PagefindMessagesTests
{
    [Fact]
    public void Given_a_request_When_framed_Then_it_is_base64_of_its_JSON_with_id_and_typed_payload_and_one_comma()
    {
        var frame = PagefindMessages.Frame(7, "AddFile", w =>
        {
            w.WriteNumber("index_id", 0);
            w.WriteString("file_path", "digests/a/index.html");
            w.WriteString("file_contents", "<p>“quoted”, with commas, and a \\ backslash</p>");
        });

        Assert.Equal((byte)',', frame[^1]);
        Assert.DoesNotContain((byte)',', frame[..^1]); // Base64 has no comma, so the separator is unambiguous.
        using var json = JsonDocument.Parse(Convert.FromBase64String(Encoding.ASCII.GetString(frame, 0, frame.Length - 1)));
        Assert.Equal(7, json.RootElement.GetProperty("message_id").GetInt32());
        var payload = json.RootElement.GetProperty("payload");
        Assert.Equal("AddFile", payload.GetProperty("type").GetString());
        Assert.Equal("digests/a/index.html", payload.GetProperty("file_path").GetString());
        Assert.Equal("<p>“quoted”, with commas, and a \\ backslash</p>", payload.GetProperty("file_contents").GetString());
    }

    [Fact]
    public void Given_a_page_with_markup_and_accents_When_framed_Then_its_characters_travel_as_themselves_not_as_escapes()
    {
        const string Html = "<p class=\"x\">Café & co’s <em>rules</em> + more</p>";

        var frame = PagefindMessages.Frame(1, "AddFile", w => w.WriteString("file_contents", Html));

        var json = Encoding.UTF8.GetString(Convert.FromBase64String(Encoding.ASCII.GetString(frame, 0, frame.Length - 1)));
        Assert.Contains("<p class=\\\"x\\\">Café & co’s <em>rules</em> + more</p>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(Html, parsed.RootElement.GetProperty("payload").GetProperty("file_contents").GetString());
    }

    [Fact]
    public void Given_an_answer_as_Pagefind_writes_it_When_parsed_Then_its_id_type_and_fields_are_read()
    {
        var json = """{"message_id":3,"payload":{"type":"IndexedFile","page_word_count":12,"page_url":"/digests/a/","page_meta":{"title":"A"}}}""";

        var answer = PagefindMessages.Parse(Encoding.ASCII.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(json))), out var problem);

        Assert.Null(problem);
        Assert.NotNull(answer);
        Assert.Equal(3u, answer.MessageId);
        Assert.Equal("IndexedFile", answer.Type);
        Assert.False(answer.IsError);
        Assert.Equal("/digests/a/", answer.Text("page_url"));
        Assert.Equal(12u, answer.Number("page_word_count"));
    }

    [Fact]
    public void Given_an_error_about_an_unreadable_request_When_parsed_Then_it_has_no_id_and_carries_the_message()
    {
        var json = """{"message_id":null,"payload":{"type":"Error","original_message":null,"message":"Unparseable message, not valid base64"}}""";

        var answer = PagefindMessages.Parse(Encoding.ASCII.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(json))), out _);

        Assert.NotNull(answer);
        Assert.Null(answer.MessageId);
        Assert.True(answer.IsError);
        Assert.Equal("Unparseable message, not valid base64", answer.Text("message"));
    }

    [Theory]
    [InlineData("this is not base64!")]
    [InlineData("bm90IGpzb24=")] // "not json"
    [InlineData("WzEsMl0=")] // [1,2]: JSON, but no payload
    public void Given_bytes_outside_the_protocol_When_parsed_Then_there_is_no_answer_and_the_problem_quotes_them(string message)
    {
        var answer = PagefindMessages.Parse(Encoding.ASCII.GetBytes(message), out var problem);

        Assert.Null(answer);
        Assert.False(string.IsNullOrEmpty(problem));
    }
}
