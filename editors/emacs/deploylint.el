;;; deploylint.el --- deploylint's language server for Emacs (eglot) -*- lexical-binding: t -*-

;; Load this file (or copy its forms into your init file) to have eglot
;; start `deploylint lsp' for YAML and JSON buffers:
;;
;;   (load "/path/to/deploylint/editors/emacs/deploylint.el")
;;   (add-hook 'yaml-mode-hook #'eglot-ensure)   ; and json-mode-hook, ...
;;
;; Set `deploylint-command' before loading if deploylint is not on PATH.
;; eglot sends `deploylint-initialization-options' as initializationOptions.

;;; Code:

(require 'eglot)

(defvar deploylint-command '("deploylint" "lsp")
  "The command that runs deploylint's language server.")

(defvar deploylint-initialization-options nil
  "initializationOptions for deploylint, e.g. (:lang \"zh\").")

(defclass deploylint-server (eglot-lsp-server) ()
  :documentation "deploylint's language server.")

(cl-defmethod eglot-initialization-options ((_server deploylint-server))
  (or deploylint-initialization-options eglot--{}))

(add-to-list 'eglot-server-programs
             `((yaml-mode yaml-ts-mode json-mode json-ts-mode js-json-mode)
               . (deploylint-server . ,deploylint-command)))

(provide 'deploylint)
;;; deploylint.el ends here
