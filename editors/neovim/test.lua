-- Headless Neovim against `deploylint lsp`, through editors/neovim/deploylint.lua:
-- open a bad manifest, check the diagnostics the client received (lines,
-- codes), apply the offered code action through the client's own
-- code-action flow, and check the buffer (and the file, once written) is
-- fixed. Run by scripts/test-editors.sh:
--
--   DEPLOYLINT=target/debug/deploylint DEPLOYLINT_FILE=/tmp/x/web.yaml \
--     nvim --headless --clean -c 'luafile editors/neovim/test.lua'
--
-- Exits 0 when every check passes, 1 on the first failure.
local here = debug.getinfo(1, 'S').source:sub(2):match('(.*/)') or './'
package.path = here .. '?.lua;' .. package.path

local function finish(code, msg)
  io.stdout:write(msg .. '\n')
  io.stdout:flush()
  if code == 0 then
    vim.cmd('qall!')
  else
    vim.cmd('cquit 1')
  end
end

local function check(ok, msg)
  if not ok then
    finish(1, 'neovim: FAIL: ' .. msg)
  end
  io.stdout:write('neovim: ok: ' .. msg .. '\n')
end

local function found()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(out, string.format('%d:%s', d.lnum + 1, tostring(d.code)))
  end
  table.sort(out)
  return table.concat(out, ' ')
end

local ok, err = pcall(function()
  require('deploylint').setup({ cmd = { os.getenv('DEPLOYLINT'), 'lsp' } })
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('DEPLOYLINT_FILE')))
  check(vim.bo.filetype == 'yaml', 'the manifest is a yaml buffer')

  local expected = '11:unknown-field 13:restart-policy'
  vim.wait(30000, function() return found() == expected end, 50)
  check(found() == expected, 'diagnostics ' .. expected .. ' (got: ' .. found() .. ')')
  local first = vim.diagnostic.get(0, { lnum = 10 })[1]
  check(first and first.col == 8 and first.end_col == 16, 'the unknown key is underlined exactly')
  check(first and first.source == 'deploylint', 'the source is deploylint')

  -- The code action, chosen the way a user would pick it from the menu.
  vim.ui.select = function(items, opts, on_choice)
    for i, item in ipairs(items) do
      local title = opts.format_item and opts.format_item(item) or tostring(item)
      if title:find('rename `image_ur` to `image_url`', 1, true) then
        return on_choice(item, i)
      end
    end
    on_choice(nil, nil)
  end
  vim.api.nvim_win_set_cursor(0, { 11, 10 })
  vim.lsp.buf.code_action()
  local fixed = '        image_url: nginx:1.25'
  vim.wait(30000, function() return vim.api.nvim_buf_get_lines(0, 10, 11, false)[1] == fixed end, 50)
  check(vim.api.nvim_buf_get_lines(0, 10, 11, false)[1] == fixed, 'the code action renamed the key')

  vim.wait(30000, function() return found() == '13:restart-policy' end, 50)
  check(found() == '13:restart-policy', 'the fixed key is no longer reported (got: ' .. found() .. ')')

  vim.cmd('write')
  local on_disk = vim.fn.readfile(os.getenv('DEPLOYLINT_FILE'))
  check(on_disk[11] == fixed, 'the file is fixed on disk')
end)
if not ok then
  finish(1, 'neovim: FAIL: ' .. tostring(err))
end
finish(0, 'neovim: all checks passed')
