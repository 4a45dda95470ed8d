-- Drives Neovim 0.7 as a person would, with the README's init.lua already loaded: opens each
-- file of the plan, waits for the server's diagnostics, presses K on a keyword and gra on the
-- line to fix, picks the quick fix from the menu, and writes what it saw to the result file.
-- Run by test/editors/editors.test.ts: nvim --headless -c 'luafile neovim-driver.lua'.

local plan = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('EDITORS_PLAN')), '\n'))
local result = { files = {}, compiled = {} }

-- Waits in Neovim's event loop (so LSP messages are handled) until done() holds; records a timeout.
local function wait_for(record, what, done)
  if not vim.wait(plan.waitMs, done, 20) then
    table.insert(record.timeouts, what)
    return false
  end
  return true
end

local function press(keys)
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes(keys, true, false, true), 'x', false)
end

local function diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, { code = d.code, severity = d.severity, line = d.lnum, character = d.col, message = d.message })
  end
  return list
end

-- True when every expectation { code, severity? } matches a diagnostic of the buffer.
local function has_all(bufnr, expected)
  local present = vim.diagnostic.get(bufnr)
  for _, want in ipairs(expected) do
    local found = false
    for _, d in ipairs(present) do
      if d.code == want.code and (want.severity == nil or d.severity == want.severity) then found = true end
    end
    if not found then return false end
  end
  return true
end

local function has_code(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then return true end
  end
  return false
end

local function floating_windows()
  local found = {}
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= '' then table.insert(found, win) end
  end
  return found
end

-- The code-action menu: record what is offered and choose the entry that starts with the plan's
-- title (the server may add where the fix applies), as a person would.
local menu = {}
vim.ui.select = function(items, opts, on_choice)
  menu.offered = {}
  local chosen
  for _, item in ipairs(items) do
    local title = opts.format_item and opts.format_item(item) or tostring(item)
    table.insert(menu.offered, title)
    if chosen == nil and vim.startswith(title, menu.want) then chosen = item end
  end
  menu.answered = true
  on_choice(chosen)
end

local function check_file(file)
  local record = { path = file.path, timeouts = {} }
  table.insert(result.files, record)
  vim.cmd('edit ' .. vim.fn.fnameescape(file.path))
  local bufnr = vim.api.nvim_get_current_buf()
  record.filetype = vim.bo[bufnr].filetype
  record.syntax = vim.b[bufnr].current_syntax

  wait_for(record, 'the server to attach', function() return next(vim.lsp.buf_get_clients(bufnr)) ~= nil end)
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    record.languageId = client.config.get_language_id(bufnr, vim.bo[bufnr].filetype)
  end

  wait_for(record, 'the diagnostics', function() return has_all(bufnr, file.expect) end)
  record.diagnostics = diagnostics(bufnr)

  vim.api.nvim_win_set_cursor(0, { file.hover.line + 1, file.hover.character })
  press('K')
  if wait_for(record, 'the hover window', function() return #floating_windows() > 0 end) then
    local win = floating_windows()[1]
    record.hover = table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false), '\n')
    vim.api.nvim_win_close(win, true)
  end

  vim.api.nvim_win_set_cursor(0, { file.fix.line + 1, file.fix.character })
  menu.want, menu.offered, menu.answered = file.fix.title, nil, false
  press('gra')
  wait_for(record, 'the code action menu', function() return menu.answered end)
  record.actions = menu.offered
  wait_for(record, 'the fixed diagnostic to go', function() return not has_code(bufnr, file.fix.code) end)
  record.diagnosticsAfterFix = diagnostics(bufnr)
  record.text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true), '\n') .. (vim.bo[bufnr].eol and '\n' or '')
end

-- The README's snippets for later Neovim releases cannot run here; they must at least be valid Lua.
local function compile(path)
  local chunk, err = loadstring(table.concat(vim.fn.readfile(path), '\n'), path)
  table.insert(result.compiled, { path = path, error = chunk == nil and err or vim.NIL })
end

local ok, err = pcall(function()
  for _, path in ipairs(plan.compile) do compile(path) end
  for _, file in ipairs(plan.files) do check_file(file) end
end)
if not ok then result.error = tostring(err) end
vim.fn.writefile({ vim.fn.json_encode(result) }, plan.result)
vim.cmd(ok and 'qall!' or 'cquit!')
