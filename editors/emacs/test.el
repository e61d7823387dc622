;;; test.el --- Emacs (batch) with eglot against `deploylint lsp' -*- lexical-binding: t -*-

;; Opens a bad manifest through editors/emacs/deploylint.el, waits for
;; eglot to receive the diagnostics and checks that they reach flymake at
;; the right lines with their codes.  Run by scripts/test-editors.sh:
;;
;;   DEPLOYLINT=target/debug/deploylint DEPLOYLINT_FILE=/tmp/x/web.yaml \
;;     emacs --batch -Q -l editors/emacs/test.el
;;
;; Exits 0 when every check passes, 1 on the first failure.

;;; Code:

(require 'package)
;; -Q leaves site-lisp out, and with it Debian's elpa-* packages.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)

;; Emacs 28 has no YAML mode of its own: a stand-in for yaml-mode.
(unless (fboundp 'yaml-mode)
  (define-derived-mode yaml-mode prog-mode "YAML"))
(add-to-list 'auto-mode-alist '("\\.ya?ml\\'" . yaml-mode))

(defvar deploylint-command (list (getenv "DEPLOYLINT") "lsp"))
(load (expand-file-name "deploylint.el" (file-name-directory load-file-name)) nil t)

(defun deploylint-test-fail (fmt &rest args)
  (princ (concat "emacs: FAIL: " (apply #'format fmt args) "\n"))
  (kill-emacs 1))

(defun deploylint-test-ok (fmt &rest args)
  (princ (concat "emacs: ok: " (apply #'format fmt args) "\n")))

(defun deploylint-test-wait (pred seconds)
  "Wait up to SECONDS for PRED, reading the server's output meanwhile."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall pred)))

(defun deploylint-test-found ()
  "The flymake diagnostics as (LINE . TEXT), in order."
  (sort (mapcar (lambda (d)
                  (cons (line-number-at-pos (flymake-diagnostic-beg d))
                        (flymake-diagnostic-text d)))
                (flymake-diagnostics))
        (lambda (a b) (< (car a) (car b)))))

(condition-case err
    (progn
      (find-file (getenv "DEPLOYLINT_FILE"))
      (unless (eq major-mode 'yaml-mode)
        (deploylint-test-fail "the manifest is not in yaml-mode: %s" major-mode))
      (apply #'eglot (eglot--guess-contact))
      (unless (deploylint-test-wait (lambda () (eglot-current-server)) 30)
        (deploylint-test-fail "eglot did not connect"))
      (deploylint-test-ok "eglot is attached")
      (unless (deploylint-test-wait (lambda () eglot--diagnostics) 30)
        (deploylint-test-fail "no diagnostics reached eglot"))
      (flymake-start)
      (deploylint-test-wait (lambda () (= 2 (length (flymake-diagnostics)))) 30)
      (let ((found (deploylint-test-found)))
        (unless (equal (mapcar #'car found) '(11 13))
          (deploylint-test-fail "diagnostics at lines %S, not (11 13): %S" (mapcar #'car found) found))
        (deploylint-test-ok "flymake has diagnostics at lines 11 and 13")
        (unless (string-prefix-p "deploylint [unknown-field]: unknown field `image_ur`" (cdr (nth 0 found)))
          (deploylint-test-fail "line 11: %S" (cdr (nth 0 found))))
        (unless (string-prefix-p "deploylint [restart-policy]: `restart_policy` is `always`" (cdr (nth 1 found)))
          (deploylint-test-fail "line 13: %S" (cdr (nth 1 found))))
        (deploylint-test-ok "with their codes and messages"))
      (let ((d (car (flymake-diagnostics (point-min) (point-max)))))
        (unless (eq (flymake-diagnostic-type d) 'eglot-error)
          (deploylint-test-fail "severity: %S" (flymake-diagnostic-type d))))
      (deploylint-test-ok "errors are errors")
      (princ "emacs: all checks passed\n")
      (kill-emacs 0))
  (error (deploylint-test-fail "%S" err)))

;;; test.el ends here
