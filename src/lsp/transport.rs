//! JSON-RPC framing over stdio, bounded.
//!
//! Messages are `lsp_server::Message`s (rust-analyzer's types); the reading
//! is done here rather than by `lsp_server::Connection::stdio` because that
//! reader ends the connection on the first malformed payload and allocates
//! whatever `Content-Length` claims. Here a header line is at most
//! [`MAX_HEADER`] bytes and a body at most [`MAX_BODY`]: a larger body is
//! skipped unread and answered with an error, a body that is not JSON gets
//! a JSON-RPC parse error (id `null`), one that is JSON but not a request,
//! response or notification an invalid-request error, and the server reads
//! on. Only the end of input, or a header that breaks the framing itself,
//! ends the connection.

use lsp_server::{ErrorCode, Message};
use serde_json::{json, Value};
use std::io::{self, BufRead, Read, Write};
use std::sync::mpsc::{Receiver, Sender};
use std::thread::JoinHandle;

/// The longest header line read.
pub const MAX_HEADER: usize = 8 * 1024;
/// The largest message body accepted (a manifest of several MB fits many times).
pub const MAX_BODY: usize = 64 * 1024 * 1024;

/// What the writer sends.
pub enum Outgoing {
    /// A message.
    Message(Message),
    /// An error response whose request id could not be read (`id: null`).
    Error { code: i32, message: String },
}

impl From<Message> for Outgoing {
    fn from(m: Message) -> Self {
        Outgoing::Message(m)
    }
}

/// What the reader hands the server.
pub enum Incoming {
    /// A well-formed message.
    Message(Message),
    /// Input ended (or its framing broke); the server stops.
    Closed,
}

/// One framed read.
enum Frame {
    Body(Vec<u8>),
    TooLarge(usize),
    Eof,
}

/// Reads one header line (without its terminator), at most [`MAX_HEADER`] bytes.
fn header_line(r: &mut impl BufRead) -> io::Result<Option<String>> {
    let mut buf = Vec::new();
    let n = r.take(MAX_HEADER as u64 + 1).read_until(b'\n', &mut buf)?;
    if n == 0 {
        return Ok(None);
    }
    if !buf.ends_with(b"\n") {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "header line too long or cut",
        ));
    }
    buf.pop();
    if buf.ends_with(b"\r") {
        buf.pop();
    }
    Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
}

fn read_frame(r: &mut impl BufRead) -> io::Result<Frame> {
    let mut length: Option<usize> = None;
    let mut any = false;
    loop {
        let Some(line) = header_line(r)? else {
            return if any {
                Err(io::Error::new(io::ErrorKind::UnexpectedEof, "input ended in a header"))
            } else {
                Ok(Frame::Eof)
            };
        };
        if line.is_empty() {
            if any {
                break;
            }
            // Blank lines between messages are tolerated.
            continue;
        }
        any = true;
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                let n = value.trim().parse::<usize>().map_err(|_| {
                    io::Error::new(io::ErrorKind::InvalidData, format!("bad Content-Length: {value:?}"))
                })?;
                length = Some(n);
            }
        }
    }
    let Some(length) = length else {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "no Content-Length"));
    };
    if length > MAX_BODY {
        io::copy(&mut r.take(length as u64), &mut io::sink())?;
        return Ok(Frame::TooLarge(length));
    }
    let mut body = vec![0; length];
    r.read_exact(&mut body)?;
    Ok(Frame::Body(body))
}

/// The reply to a body that is not a message, if it deserves one.
fn reject(body: &[u8]) -> Outgoing {
    match serde_json::from_slice::<Value>(body) {
        Err(e) => Outgoing::Error {
            code: ErrorCode::ParseError as i32,
            message: format!("the message is not JSON: {e}"),
        },
        Ok(v) => {
            let message = "the message is not a JSON-RPC request, response or notification".to_string();
            match v
                .get("id")
                .cloned()
                .and_then(|id| serde_json::from_value::<lsp_server::RequestId>(id).ok())
            {
                Some(id) => Outgoing::Message(Message::Response(lsp_server::Response::new_err(
                    id,
                    ErrorCode::InvalidRequest as i32,
                    message,
                ))),
                None => Outgoing::Error {
                    code: ErrorCode::InvalidRequest as i32,
                    message,
                },
            }
        }
    }
}

/// Reads framed messages from `input` until it ends, sending each to `to_server`;
/// malformed ones are answered through `to_client`.
pub fn read_loop(input: impl Read, to_server: &Sender<Incoming>, to_client: &Sender<Outgoing>) {
    let mut r = io::BufReader::new(input);
    loop {
        match read_frame(&mut r) {
            Ok(Frame::Body(body)) => match serde_json::from_slice::<Message>(&body) {
                Ok(m) => {
                    let exit = matches!(&m, Message::Notification(n) if n.method == "exit");
                    if to_server.send(Incoming::Message(m)).is_err() || exit {
                        return;
                    }
                }
                Err(_) => {
                    let _ = to_client.send(reject(&body));
                }
            },
            Ok(Frame::TooLarge(n)) => {
                let _ = to_client.send(Outgoing::Error {
                    code: ErrorCode::InvalidRequest as i32,
                    message: format!("message of {n} bytes skipped: the limit is {MAX_BODY} bytes"),
                });
            }
            Ok(Frame::Eof) | Err(_) => {
                let _ = to_server.send(Incoming::Closed);
                return;
            }
        }
    }
}

/// Writes `text` framed.
fn write_framed(out: &mut impl Write, text: &str) -> io::Result<()> {
    write!(out, "Content-Length: {}\r\n\r\n", text.len())?;
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// Writes every outgoing message to `out` until all senders are gone or
/// writing fails (the client went away).
pub fn write_loop(out: impl Write, from_server: Receiver<Outgoing>) {
    let mut out = io::BufWriter::new(out);
    for m in from_server {
        let written = match m {
            Outgoing::Message(m) => m.write(&mut out),
            Outgoing::Error { code, message } => {
                let v = json!({"jsonrpc": "2.0", "id": null, "error": {"code": code, "message": message}});
                write_framed(&mut out, &v.to_string())
            }
        };
        if written.is_err() {
            return;
        }
    }
}

/// Starts the reader (stdin) and writer (stdout) threads.
pub fn stdio(
    to_server: Sender<Incoming>,
    to_client: Sender<Outgoing>,
    outgoing: Receiver<Outgoing>,
) -> io::Result<[JoinHandle<()>; 2]> {
    let reader = std::thread::Builder::new()
        .name("deploylint-lsp-reader".into())
        .spawn(move || read_loop(io::stdin().lock(), &to_server, &to_client))?;
    let writer = std::thread::Builder::new()
        .name("deploylint-lsp-writer".into())
        .spawn(move || write_loop(io::stdout().lock(), outgoing))?;
    Ok([reader, writer])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::channel;

    fn run(input: &[u8]) -> (Vec<String>, Vec<Value>) {
        let (ts, tr) = channel();
        let (cs, cr) = channel();
        read_loop(input, &ts, &cs);
        drop(cs);
        let methods = tr
            .try_iter()
            .map(|i| match i {
                Incoming::Message(Message::Notification(n)) => n.method,
                Incoming::Message(Message::Request(r)) => r.method,
                Incoming::Message(Message::Response(_)) => "response".into(),
                Incoming::Closed => "closed".into(),
            })
            .collect();
        let mut out = Vec::new();
        write_loop(&mut out, cr);
        let text = String::from_utf8(out).unwrap_or_default();
        let replies = text
            .split("Content-Length: ")
            .filter_map(|f| f.split_once("\r\n\r\n"))
            .filter_map(|(_, b)| serde_json::from_str(b).ok())
            .collect();
        (methods, replies)
    }

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn malformed_bodies_are_answered_and_reading_goes_on() {
        let input = [
            frame("{not json"),
            frame(r#"{"id": 7, "params": {}}"#),
            "Content-Length: 99999999999\r\n\r\n".to_string(),
        ]
        .concat();
        let (methods, replies) = run(input.as_bytes());
        assert_eq!(methods, ["closed"]);
        assert_eq!(replies[0]["error"]["code"], -32700);
        assert_eq!(replies[0]["id"], Value::Null);
        assert_eq!(replies[1]["error"]["code"], -32600);
        assert_eq!(replies[1]["id"], 7);
        // The oversized body is skipped (here: input ends inside it) and answered.
        assert_eq!(replies[2]["error"]["code"], -32600);
        assert_eq!(replies.len(), 3);
    }

    #[test]
    fn messages_pass_and_exit_stops_reading() {
        let input = [
            frame(r#"{"jsonrpc": "2.0", "method": "initialized", "params": {}}"#),
            frame(r#"{"jsonrpc": "2.0", "method": "exit"}"#),
            frame(r#"{"jsonrpc": "2.0", "method": "never-read"}"#),
        ]
        .concat();
        let (methods, replies) = run(input.as_bytes());
        assert_eq!(methods, ["initialized", "exit"]);
        assert!(replies.is_empty());
    }

    #[test]
    fn a_header_without_length_closes() {
        let (methods, _) = run(b"Content-Type: x\r\n\r\n{}");
        assert_eq!(methods, ["closed"]);
        let long = "X".repeat(MAX_HEADER + 10);
        let (methods, _) = run(long.as_bytes());
        assert_eq!(methods, ["closed"]);
    }
}
