;;; emacs-driver.el --- drives Emacs and eglot like a person would  -*- lexical-binding: t; -*-

;; Loaded after the README's init.el by test/editors/editors.test.ts:
;;   emacs --batch -l init.el -l emacs-driver.el
;; Opens each file of the plan, waits for eglot and the server's diagnostics in Flymake, asks
;; ElDoc for the hover at a keyword, runs `eglot-code-actions' there and picks the quick fix from
;; its menu, and writes what it saw to the result file as JSON.

(require 'cl-lib)
(require 'eglot)

(defvar drv-plan
  (with-temp-buffer
    (insert-file-contents (getenv "EDITORS_PLAN"))
    (json-parse-buffer :object-type 'alist :array-type 'list)))

(defun drv-get (object key) (alist-get key object))

(defun drv-idle ()
  "What Emacs does between a person's commands: end a command, then sit idle.
In batch mode there is no command loop, so eglot's connection (on `post-command-hook'), Flymake's
start and eglot's didChange (idle timers) would otherwise never happen."
  (run-hooks 'post-command-hook)
  (dolist (timer (copy-sequence timer-idle-list))
    (timer-event-handler timer)))

(defun drv-wait-for (record what done)
  "Let Emacs run until DONE returns non-nil; note WHAT in RECORD's timeouts if it never does."
  (let ((deadline (+ (float-time) (/ (drv-get drv-plan 'waitMs) 1000.0))))
    (while (and (not (funcall done)) (< (float-time) deadline))
      (accept-process-output nil 0.02)
      (drv-idle))
    (or (funcall done)
        (progn (puthash "timeouts" (vconcat (gethash "timeouts" record) (list what)) record)
               nil))))

(defun drv-lsp-diagnostics ()
  "The server's diagnostics as Flymake holds them in the current buffer."
  (cl-loop for diag in (flymake-diagnostics)
           for lsp = (cdr (assq 'eglot-lsp-diag (flymake-diagnostic-data diag)))
           when lsp collect lsp))

(defun drv-json-diagnostics ()
  (vconcat
   (mapcar (lambda (d)
             (let ((start (plist-get (plist-get d :range) :start)))
               `((code . ,(plist-get d :code)) (severity . ,(plist-get d :severity))
                 (line . ,(plist-get start :line)) (character . ,(plist-get start :character))
                 (message . ,(plist-get d :message)))))
           (drv-lsp-diagnostics))))

(defun drv-has-all (expected)
  (cl-every (lambda (want)
              (cl-some (lambda (d)
                         (and (equal (plist-get d :code) (drv-get want 'code))
                              (or (null (drv-get want 'severity))
                                  (equal (plist-get d :severity) (drv-get want 'severity)))))
                       (drv-lsp-diagnostics)))
            expected))

(defun drv-has-code (code)
  (cl-some (lambda (d) (equal (plist-get d :code) code)) (drv-lsp-diagnostics)))

(defun drv-goto (position)
  (goto-char (point-min))
  (forward-line (drv-get position 'line))
  (forward-char (drv-get position 'character)))

(defvar-local drv-hover nil "Every documentation string ElDoc displayed, in order.")
(defun drv-record-hover (docs _interactive)
  ;; ElDoc may display Flymake's diagnostic at point before eglot's hover arrives: keep them all.
  (setq drv-hover (append drv-hover (mapcar #'car docs))))
(defun drv-has-hover ()
  "Whether ElDoc displayed something besides the diagnostics at point: eglot's hover."
  (let ((diagnostics (mapcar #'flymake-diagnostic-text (flymake-diagnostics (point)))))
    (cl-some (lambda (doc) (not (cl-some (lambda (text) (string-search text doc)) diagnostics))) drv-hover)))

(defun drv-check-file (file record)
  (find-file (drv-get file 'path))
  (puthash "mode" (symbol-name major-mode) record)
  (drv-wait-for record "eglot to connect" #'eglot-managed-p)
  (when (eglot-managed-p)
    ;; The TextDocumentItem eglot sends in didOpen.
    (puthash "languageId" (plist-get (eglot--TextDocumentItem) :languageId) record))

  (drv-wait-for record "the diagnostics" (lambda () (drv-has-all (drv-get file 'expect))))
  (puthash "diagnostics" (drv-json-diagnostics) record)

  ;; M-x eldoc, with a display function that keeps what ElDoc shows.
  (drv-goto (drv-get file 'hover))
  (add-hook 'eldoc-display-functions #'drv-record-hover nil t)
  (call-interactively #'eldoc-print-current-symbol-info)
  (when (drv-wait-for record "the hover" #'drv-has-hover)
    (puthash "hover" (substring-no-properties (mapconcat #'identity drv-hover "\n")) record))

  ;; M-x eglot-code-actions as typed (a key as the last event, so eglot asks in the minibuffer
  ;; rather than with a mouse menu), answering with the entry that starts with the plan's title
  ;; (the server may add where the fix applies).
  (drv-goto (drv-get file 'fix))
  (let ((wanted (drv-get (drv-get file 'fix) 'title))
        (last-nonmenu-event ?\r))
    (cl-letf (((symbol-function 'completing-read)
               (lambda (_prompt collection &rest _)
                 (let ((titles (mapcar #'car collection)))
                   (puthash "actions" (vconcat titles) record)
                   (or (seq-find (lambda (title) (string-prefix-p wanted title)) titles) wanted)))))
      (condition-case err
          (call-interactively #'eglot-code-actions)
        (error (puthash "codeActionError" (error-message-string err) record)))))
  (drv-wait-for record "the fixed diagnostic to go"
                (lambda () (not (drv-has-code (drv-get (drv-get file 'fix) 'code)))))
  (puthash "diagnosticsAfterFix" (drv-json-diagnostics) record)
  (puthash "text" (buffer-substring-no-properties (point-min) (point-max)) record))

(let ((records '())
      (error-message :null))
  (condition-case err
      (dolist (file (drv-get drv-plan 'files))
        (let ((record (make-hash-table :test #'equal)))
          (puthash "path" (drv-get file 'path) record)
          (puthash "timeouts" [] record)
          (push record records)
          (drv-check-file file record)))
    (error (setq error-message (error-message-string err))))
  (with-temp-file (drv-get drv-plan 'result)
    (insert (json-serialize `((files . ,(vconcat (reverse records))) (error . ,error-message)))))
  (kill-emacs (if (eq error-message :null) 0 1)))
